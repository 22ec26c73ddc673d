//! "For your counsellor", on the results: the answers as a file to take to a session, with
//! who should see it, and the safety check's answers left out unless the visitor ticks them in.

use yew::prelude::*;

use super::action_button;
use crate::core::bank::is_check;
use crate::core::bank::ASKED;
use crate::core::state::{Action, Export};
use crate::quiz::Quiz;

/// A plain function: it has no hooks.
pub fn for_counsellor(quiz: &Quiz) -> Html {
    let ui = &quiz.text.ui;
    let state = quiz.state();
    let include = state.counsellor_safety;
    // The choice matters only when there are safety answers to leave out.
    let any_check = (0..ASKED).filter(|&p| is_check(p)).any(|p| state.own_answers().get(p).is_some());
    html! {
        <details class="ic-counsellor ic-no-print">
            <summary>{ ui.counsellor_title }</summary>
            <p>{ ui.counsellor_intro }</p>
            <p class="ic-safety-note">{ ui.counsellor_private }</p>
            if any_check {
                <label class={classes!("ic-option", "ic-option-small", include.then_some("ic-chosen"))}>
                    <input type="checkbox" checked={include} onchange={quiz.on::<Event>(Action::CounsellorSafety(!include))} />
                    <span>{ ui.counsellor_include_safety }</span>
                </label>
            }
            <div class="ic-actions">
                { action_button(quiz, "ic-button ic-secondary", Action::Download(Export::Counsellor), ui.counsellor_download) }
            </div>
        </details>
    }
}
