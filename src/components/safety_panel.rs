//! Safety first: the panel at the top of the results for a visitor who may not be safe with
//! their partner, the practice's safety contact wherever help is offered, and the short
//! "Getting help" line on the intro and above the plan form.

use yew::prelude::*;

use super::action_button;
use crate::core::words;
use crate::core::state::Action;
use crate::quiz::Quiz;

/// A link to the practice's pages or a service, opened outside the widget.
pub fn away(class: &'static str, href: String, label: String) -> Html {
    html! { <a {class} {href} target="_blank" rel="noopener noreferrer">{ label }</a> }
}

/// A phone link (`href` is the `tel:` address).
pub fn call(href: String, label: String) -> Html {
    html! { <a class="ic-phone" {href}>{ label }</a> }
}

/// The safety phone line as a link, when the practice set one.
fn safety_phone_line(quiz: &Quiz) -> Option<Html> {
    let s = &quiz.settings;
    Some(call(s.safety_phone_href()?, words::safety_call(quiz.text, s.safety_phone.as_deref()?)))
}

/// The practice's safety words, link and phone line, each only when set; then, in the safety
/// panel (`panel`), the emergency line, which needs no setting and names no country's number.
pub fn safety_contacts(quiz: &Quiz, panel: bool) -> Html {
    let (t, s) = (&quiz.text.safety, &quiz.settings);
    let class = if panel { "ic-button ic-primary" } else { "ic-button ic-secondary" };
    let link = s.safety_url.clone().map(|url| away(class, url, t.link.into()));
    html! {
        <>
            if let Some(text) = s.safety_text.clone() {
                <p>{ text }</p>
            }
            if let Some(link) = link {
                <p>{ link }</p>
            }
            if let Some(phone) = safety_phone_line(quiz) {
                <p>{ phone }</p>
            }
            if panel {
                <p class="ic-emergency">{ t.emergency }</p>
            }
        </>
    }
}

/// At the top of the results when the safety check says the visitor may not be safe: kind
/// words with no label, help on their own, quick exit and "Delete everything", safer browsing.
pub fn safety_panel(quiz: &Quiz) -> Html {
    let t = &quiz.text.safety;
    let title_id = quiz.id("safety-title");
    html! {
        <section class="ic-safety ic-no-print" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ t.panel_title }</h3>
            <p>{ t.panel_lead }</p>
            <p>{ t.panel_deserve }</p>
            <p>{ t.panel_alone }</p>
            { safety_contacts(quiz, true) }
            <div class="ic-actions">
                { action_button(quiz, "ic-button ic-exit", Action::QuickExit, t.leave) }
                { action_button(quiz, "ic-button ic-secondary", Action::AskDelete, quiz.text.privacy.delete_all) }
            </div>
            <h4>{ t.browsing_title }</h4>
            <p>{ t.browsing }</p>
        </section>
    }
}

/// For results finished before the safety check was asked: its statements, on their own.
pub fn safety_check_offer(quiz: &Quiz) -> Html {
    let t = &quiz.text.safety;
    html! {
        <div class="ic-safety-note ic-no-print">
            <p>{ t.check_missing }</p>
            <div class="ic-actions">
                { action_button(quiz, "ic-button ic-secondary", Action::SafetyCheck, t.check_missing_button) }
            </div>
        </div>
    }
}

/// "Getting help" in one line, with one way to reach help: the practice's safety link, else
/// its safety phone line, else its contact link; and the emergency line when the practice
/// gave no safety contact.
pub fn help_line(quiz: &Quiz) -> Html {
    let (ui, s, t) = (&quiz.text.ui, &quiz.settings, &quiz.text.safety);
    let no_safety_contact = s.safety_url.is_none() && s.safety_phone.is_none();
    let link = s
        .safety_url
        .clone()
        .map(|url| away("", url, t.link.into()))
        .or_else(|| safety_phone_line(quiz))
        .or_else(|| Some(away("", s.contact_url.clone()?, contact_label(quiz))));
    html! {
        <p class="ic-help-line ic-no-print">
            <strong>{ ui.help_title }{ ": " }</strong>{ ui.help_line }
            if let Some(link) = link {
                { " " }{ link }{ "." }
            }
            if no_safety_contact {
                { " " }{ t.emergency }
            }
        </p>
    }
}

/// "Contact <practice>", or "Talk to a counsellor" when the practice gave no name.
pub fn contact_label(quiz: &Quiz) -> String {
    words::contact_label(quiz.text, quiz.settings.practice_name.as_deref())
}
