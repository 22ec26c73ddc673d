//! The visitor's own code: what it carries (area scores only unless they tick each
//! answer), shown large, with Copy buttons for the code and for a link to this page.

use yew::prelude::*;

use super::action_button;
use crate::core::state::{Action, Qr};
use crate::quiz::Quiz;

/// The QR code of the visitor's link, what it holds and who should see it; a kind line when
/// the encoder could not load; nothing while it draws.
fn qr_code(quiz: &Quiz) -> Html {
    let state = quiz.state();
    let t = &quiz.text.partner;
    let answers = state.share_answers;
    if let Some(image) = state.qr.shown(answers) {
        // Dark on light in both themes: a phone camera reads it either way.
        let side = (image.size + 8).to_string();
        let view_box = format!("0 0 {side} {side}");
        let holds = if answers { t.qr_answers } else { t.qr_scores };
        return html! {
            <figure class="ic-qr">
                <svg class="ic-qr-code" role="img" aria-label={t.qr_label} viewBox={view_box}
                    xmlns="http://www.w3.org/2000/svg" shape-rendering="crispEdges">
                    <rect width={side.clone()} height={side} fill="#fff" />
                    <path d={image.path.clone()} fill="#000" />
                </svg>
                <figcaption>
                    <p>{ holds }</p>
                    <p class="ic-safety-note">{ t.qr_safety }</p>
                </figcaption>
            </figure>
        };
    }
    match state.qr {
        Qr::Failed => html! { <p class="ic-hint" role="status">{ t.qr_failed }</p> },
        _ => html! {},
    }
}

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
            { qr_code(quiz) }
            <p class="ic-hint" role="status">
                { match state.copied { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
        </div>
    }
}
