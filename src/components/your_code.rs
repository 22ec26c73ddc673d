//! The visitor's own code: what it carries (area scores only unless they tick each
//! answer), shown large, with Copy buttons for the code and for a link to this page.

use yew::prelude::*;

use super::action_button;
use crate::core::state::Action;
use crate::quiz::Quiz;

/// A plain function: what the code carries and how the copy went are in the state.
pub fn your_code(quiz: &Quiz) -> Html {
    let state = quiz.state();
    let with_answers = state.share_answers;
    // No code at all for a visitor who may not be safe with their partner.
    let Some(code) = state.own_code(with_answers) else { return html! {} };
    let t = &quiz.text.partner;
    let choose = |answers: bool| quiz.on::<Event>(Action::ShareAnswers(answers));
    let (name, code_id) = (quiz.id("share"), quiz.id("own-code"));
    html! {
        <div class="ic-partner-part">
            <h3>{ t.your_code_title }</h3>
            <fieldset class="ic-choice">
                <legend>{ t.share_legend }</legend>
                <div class="ic-options">
                    <label class={classes!("ic-option", "ic-option-small", (!with_answers).then_some("ic-chosen"))}>
                        <input type="radio" name={name.clone()} checked={!with_answers} onchange={choose(false)} />
                        <span class="ic-option-name">{ t.share_scores }</span>
                    </label>
                    <label class={classes!("ic-option", "ic-option-small", with_answers.then_some("ic-chosen"))}>
                        <input type="radio" name={name} checked={with_answers} onchange={choose(true)} />
                        <span class="ic-option-name">{ t.share_answers }</span>
                    </label>
                </div>
                if with_answers {
                    <p class="ic-hint">{ t.share_answers_hint }</p>
                }
            </fieldset>
            <p id={code_id.clone()} class="ic-label">{ t.code_label }</p>
            <p class="ic-code" aria-labelledby={code_id}>{ code }</p>
            <div class="ic-actions">
                { action_button(quiz, "ic-button ic-primary", Action::Copy { link: false }, t.copy_code) }
                { action_button(quiz, "ic-button ic-secondary", Action::Copy { link: true }, t.copy_link) }
            </div>
            <p class="ic-hint">{ t.link_hint }</p>
            <p class="ic-hint" role="status">
                { match state.copied { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
        </div>
    }
}
