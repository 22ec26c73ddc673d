//! One statement per screen, answered with native radios inside a fieldset.

use yew::prelude::*;

use super::{action_button, progress_bar};
use crate::quiz::Quiz;
use crate::core::answer::Answer;
use crate::core::bank::{asked_id, is_check, ASKED, QUESTION_COUNT};
use crate::core::state::Action;

/// The screen for statement `q` (its position in the quiz: the bank, then the safety check).
/// A plain function: it has no hooks of its own.
pub fn question_screen(quiz: &Quiz, q: usize) -> Html {
    let Some(id) = asked_id(q) else { return html! {} };
    let ui = &quiz.text.ui;
    let safety = &quiz.text.safety;
    let chosen = quiz.state().answers().get(q);
    let is_last = q + 1 == ASKED;
    let next_label = match (chosen, is_last) {
        (_, true) => ui.see_results,
        (Some(_), false) => ui.continue_,
        (None, false) => ui.skip,
    };
    let onsubmit = {
        let quiz = quiz.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            quiz.dispatch(Action::Next);
        })
    };
    let name = quiz.id(&format!("answer-{id}"));
    let hint_id = quiz.id("hint");
    // Focus lands on the statement, so the check's introduction is read with it.
    let intro_id = quiz.id("check-intro");
    let described_by = if q == QUESTION_COUNT { format!("{intro_id} {hint_id}") } else { hint_id.clone() };
    let options = Answer::SCALE.iter().map(|&answer| {
        let onchange = quiz.on::<Event>(Action::Choose { question: q, answer });
        html! {
            <label class={classes!("ic-option", (chosen == Some(answer)).then_some("ic-chosen"))}>
                <input type="radio" name={name.clone()} value={answer.value().to_string()}
                    checked={chosen == Some(answer)} {onchange} />
                <span>{ quiz.text.scale[answer.index()] }</span>
            </label>
        }
    });
    html! {
        <section key="question" class="ic-screen ic-question">
            { progress_bar(&quiz, q + 1, ASKED) }
            // The safety check is introduced once, kindly, before its first statement.
            if q == QUESTION_COUNT {
                <div class="ic-check-intro" id={intro_id.clone()}>
                    <p class="ic-check-title">{ safety.check_title }</p>
                    <p>{ safety.check_intro }</p>
                </div>
            }
            // Keyed per question: reusing radios across questions lets a renamed, still
            // checked radio knock out the new question's answer.
            <form class="ic-form" key={id} {onsubmit}>
                <fieldset class="ic-fieldset" aria-describedby={described_by}>
                    <legend class="ic-legend">
                        <h2 class="ic-statement" tabindex="-1" ref={quiz.focus.clone()}>
                            { quiz.text.statement(q) }
                        </h2>
                    </legend>
                    <p id={hint_id} class="ic-hint">
                        { ui.question_prompt }
                        if is_check(q) {
                            { " " }{ safety.check_private }
                        }
                    </p>
                    <div class="ic-options">{ for options }</div>
                </fieldset>
                <div class="ic-nav">
                    { action_button(&quiz, "ic-button ic-secondary", Action::Back, ui.back) }
                    <button type="submit" class="ic-button ic-primary">{ next_label }</button>
                </div>
            </form>
        </section>
    }
}
