//! "Take it with you": print the plan, or download it as Markdown or a calendar file. The
//! shell makes the file ([`crate::core::state::Effect::Download`]); one the browser refuses
//! gets a kind notice, never silence.

use yew::prelude::*;

use super::{action_button, reminder_fields};
use crate::core::state::{Action, Export};
use crate::quiz::Quiz;

/// A plain function: it has no hooks.
pub fn take_it_with_you(quiz: &Quiz) -> Html {
    if quiz.state().progress.plan.is_none() {
        return html! {};
    }
    let t = &quiz.text.plan;
    html! {
        <div class="ic-take-it ic-no-print">
            <h3>{ t.take_it_title }</h3>
            { reminder_fields(quiz, "plan") }
            <div class="ic-actions">
                { action_button(quiz, "ic-button ic-secondary", Action::Print, t.print) }
                { action_button(quiz, "ic-button ic-secondary", Action::Download(Export::Markdown), t.download_markdown) }
                { action_button(quiz, "ic-button ic-secondary", Action::Download(Export::Calendar), t.download_calendar) }
            </div>
        </div>
    }
}
