//! Partner comparison: how it works and its safety note (always visible), both views when
//! a partner's code was entered, the visitor's own code, and the field for the partner's.

use yew::prelude::*;

use super::{action_button, help_panel, partner_views, your_code, TheirCode};
use crate::core::words;
use crate::core::state::{Action, PartnerMessage};
use crate::quiz::Quiz;

/// A plain function: it has no hooks of its own.
pub fn partner_screen(quiz: &Quiz) -> Html {
    let t = &quiz.text.partner;
    let state = quiz.state();
    let message = state.partner_message.map(|m| match m {
        PartnerMessage::Problem(p) => words::partner_problem(quiz.text, p),
        PartnerMessage::Forgotten => t.forgotten.into(),
    });
    // A visitor who may not be safe: why comparing is not suggested, kindly, and where help is.
    let afraid = state.afraid();
    html! {
        <section key="partner" class="ic-screen ic-partner">
            <h2 class="ic-title" tabindex="-1" ref={quiz.focus.clone()}>{ t.title }</h2>
            if afraid {
                <p class="ic-safety-note">{ quiz.text.safety.partner_not_now }</p>
            } else {
                <p>{ t.how }</p>
                <p class="ic-note ic-safety-note">{ t.safety }</p>
                if let Some(text) = message {
                    <p class="ic-message" role="status">{ text }</p>
                }
                if state.progress.partner.is_some() {
                    { partner_views(quiz) }
                }
                { your_code(quiz) }
                <TheirCode />
            }
            { help_panel(&quiz) }
            <div class="ic-actions">
                { action_button(&quiz, "ic-button ic-secondary", Action::ShowResults, t.back) }
            </div>
        </section>
    }
}
