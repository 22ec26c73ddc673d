//! The visitor's own code: what it carries (area scores only unless they tick each
//! answer), shown large, with Copy buttons for the code and for a link to this page.

use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::core::partner::link::link_with_code;
use crate::quiz::use_quiz;

/// Copies `text`; false when the browser refuses.
async fn copy(text: String) -> bool {
    let Some(window) = web_sys::window() else { return false };
    JsFuture::from(window.navigator().clipboard().write_text(&text)).await.is_ok()
}

#[component]
pub fn YourCode() -> Html {
    let quiz = use_quiz();
    let with_answers = use_state(|| false);
    let status = use_state(|| None::<bool>);
    let Some(quiz) = quiz else { return html! {} };
    let t = &quiz.text.partner;
    // No code at all for a visitor who may not be safe with their partner.
    let Some(code) = quiz.state().own_code(*with_answers) else { return html! {} };
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let link = link_with_code(&href, &code);
    let on_copy = |text: String| {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, status) = (text.clone(), status.clone());
            wasm_bindgen_futures::spawn_local(async move { status.set(Some(copy(text).await)) });
        })
    };
    let choose = |answers: bool| {
        let (with_answers, status) = (with_answers.clone(), status.clone());
        Callback::from(move |_: Event| {
            with_answers.set(answers);
            status.set(None);
        })
    };
    let (name, code_id) = (quiz.id("share"), quiz.id("own-code"));
    html! {
        <div class="ic-partner-part">
            <h3>{ t.your_code_title }</h3>
            <fieldset class="ic-choice">
                <legend>{ t.share_legend }</legend>
                <div class="ic-options">
                    <label class={classes!("ic-option", "ic-option-small", (!*with_answers).then_some("ic-chosen"))}>
                        <input type="radio" name={name.clone()} checked={!*with_answers} onchange={choose(false)} />
                        <span class="ic-option-name">{ t.share_scores }</span>
                    </label>
                    <label class={classes!("ic-option", "ic-option-small", with_answers.then_some("ic-chosen"))}>
                        <input type="radio" name={name} checked={*with_answers} onchange={choose(true)} />
                        <span class="ic-option-name">{ t.share_answers }</span>
                    </label>
                </div>
                if *with_answers {
                    <p class="ic-hint">{ t.share_answers_hint }</p>
                }
            </fieldset>
            <p id={code_id.clone()} class="ic-label">{ t.code_label }</p>
            <p class="ic-code" aria-labelledby={code_id}>{ code.clone() }</p>
            <div class="ic-actions">
                <button type="button" class="ic-button ic-primary" onclick={on_copy(code)}>{ t.copy_code }</button>
                <button type="button" class="ic-button ic-secondary" onclick={on_copy(link)}>{ t.copy_link }</button>
            </div>
            <p class="ic-hint">{ t.link_hint }</p>
            <p class="ic-hint" role="status">
                { match *status { Some(true) => t.copied, Some(false) => t.copy_failed, None => "" } }
            </p>
        </div>
    }
}
