//! "Getting help": the practice's words and contact details, for real support; then help
//! for a visitor who is afraid of their partner, with the practice's safety contact.

use yew::prelude::*;

use super::{away, call, contact_label, safety_contacts};
use crate::quiz::Quiz;
use crate::core::words::help_call;

/// A plain function: it has no hooks.
pub fn help_panel(quiz: &Quiz) -> Html {
    let ui = &quiz.text.ui;
    let s = &quiz.settings;
    // Couples counselling is usually not the first step for a visitor who may not be safe:
    // then help on their own comes first, and only the practice's own words stay.
    let afraid = quiz.state().afraid();
    let text = s.help_text.clone().or_else(|| (!afraid).then(|| ui.help_text.to_string()));
    let title_id = quiz.id("help-title");
    let contact = s.contact_url.clone().map(|url| away("ic-button ic-secondary", url, contact_label(quiz)));
    let phone = s.phone_href().zip(s.contact_phone.as_deref()).map(|(href, p)| call(href, help_call(quiz.text, p)));
    let safety = html! {
        <>
            <p class="ic-help-safety">{ ui.help_safety }</p>
            { safety_contacts(quiz, false) }
        </>
    };
    html! {
        <aside class="ic-help" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ ui.help_title }</h3>
            if afraid {
                { safety.clone() }
            }
            if let Some(text) = text {
                <p>{ text }</p>
            }
            if let Some(contact) = contact {
                <p>{ contact }</p>
            }
            if let Some(phone) = phone {
                <p>{ phone }</p>
            }
            if !afraid {
                { safety }
            }
        </aside>
    }
}
