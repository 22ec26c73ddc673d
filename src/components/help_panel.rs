//! "Getting help": the practice's words and contact details, for real support; then help
//! for a visitor who is afraid of their partner, with the practice's safety contact.

use yew::prelude::*;

use super::safety_contacts;
use crate::quiz::Quiz;
use crate::core::catalog::fill;

/// A plain function: it has no hooks.
pub fn help_panel(quiz: &Quiz) -> Html {
    let ui = &quiz.text.ui;
    let s = &quiz.settings;
    let text = s.help_text.clone().unwrap_or_else(|| ui.help_text.to_string());
    let contact_label = match &s.practice_name {
        Some(name) => fill(ui.help_contact_named, &[("practice", name)]),
        None => ui.help_contact.to_string(),
    };
    let title_id = quiz.id("help-title");
    html! {
        <aside class="ic-help" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ ui.help_title }</h3>
            <p>{ text }</p>
            if let Some(url) = s.contact_url.clone() {
                <p><a class="ic-button ic-secondary" href={url} target="_blank" rel="noopener noreferrer">
                    { contact_label }
                </a></p>
            }
            if let (Some(href), Some(phone)) = (s.phone_href(), s.contact_phone.clone()) {
                <p><a class="ic-phone" href={href}>{ fill(ui.help_call, &[("phone", &phone)]) }</a></p>
            }
            <p class="ic-help-safety">{ ui.help_safety }</p>
            { safety_contacts(quiz, false) }
        </aside>
    }
}
