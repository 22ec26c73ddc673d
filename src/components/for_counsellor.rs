//! "For your counsellor", on the results: the answers as a file to take to a session, with
//! who should see it, and the safety check's answers left out unless the visitor ticks them in.

use yew::prelude::*;

use super::action_button;
use crate::core::bank::{is_check, ASKED};
use crate::core::state::{Action, Export};
use crate::core::words::{counsellor_page, AnswerLine};
use crate::quiz::Quiz;

/// The page itself, shown only in print: the results screen prints as it.
pub fn counsellor_sheet(quiz: &Quiz) -> Html {
    let (state, ui) = (quiz.state(), &quiz.text.ui);
    let date = state.progress.history.last().and_then(|h| h.date);
    let page = counsellor_page(quiz.text, state.own_answers(), date, state.counsellor_safety);
    let list = |lines: &[AnswerLine]| {
        html! {
            <ol class="ic-answer-list">
                { for lines.iter().map(|l| html! {
                    <li value={l.number.to_string()}>{ l.statement }{ " " }<strong>{ l.said }</strong></li>
                }) }
            </ol>
        }
    };
    html! {
        <section class="ic-counsellor-sheet ic-print-only">
            <h2>{ ui.counsellor_heading }</h2>
            <p>{ page.lead }</p>
            <h3>{ ui.scores_title }</h3>
            <ul>{ for page.scores.into_iter().map(|s| html! { <li>{ s }</li> }) }</ul>
            <h3>{ ui.counsellor_answers }</h3>
            { list(&page.answers) }
            if !page.safety.is_empty() {
                <h3>{ ui.counsellor_safety_heading }</h3>
                { list(&page.safety) }
            }
        </section>
    }
}

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
                { action_button(quiz, "ic-button ic-secondary", Action::PrintAnswers, ui.counsellor_print) }
            </div>
        </details>
    }
}
