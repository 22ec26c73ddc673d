//! Shown instead of everything else when the saved answers are locked: the passphrase field,
//! and what to do if it is forgotten.

use yew::prelude::*;

use crate::core::words;
use crate::core::state::{Action, PrivacyMessage};
use crate::quiz::use_quiz;

#[component]
pub fn UnlockScreen() -> Html {
    let quiz = use_quiz();
    let field = use_node_ref();
    // A wrong passphrase selects what was typed, ready to type again.
    let wrong = quiz.as_ref().is_some_and(|q| q.state().privacy_message == Some(PrivacyMessage::WrongPassphrase) && !q.state().locking);
    {
        let field = field.clone();
        use_effect_with(wrong, move |wrong| {
            if let (true, Some(input)) = (*wrong, field.cast::<web_sys::HtmlInputElement>()) {
                input.select();
            }
        });
    }
    let Some(quiz) = quiz else { return html! {} };
    let t = &quiz.text.privacy;
    let busy = quiz.state().locking;
    let onsubmit = {
        let (quiz, field) = (quiz.clone(), field.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                quiz.dispatch(Action::EnterPassphrase(input.value()));
            }
        })
    };
    let id = quiz.id("unlock");
    html! {
        <section class="ic-screen ic-unlock">
            <h2 class="ic-title" tabindex="-1" ref={quiz.focus.clone()}>{ t.unlock_title }</h2>
            <p>{ t.unlock_intro }</p>
            <form {onsubmit}>
                <label for={id.clone()} class="ic-label">{ t.passphrase }</label>
                <input id={id} type="password" autocomplete="current-password" ref={field} class="ic-field" />
                if let Some(m) = quiz.state().privacy_message {
                    <p class="ic-message" role="alert">{ words::privacy_message(quiz.text, m) }</p>
                }
                <div class="ic-actions">
                    <button type="submit" class="ic-button ic-primary" disabled={busy}>
                        { if busy { t.working } else { t.unlock_button } }
                    </button>
                </div>
            </form>
            <details class="ic-forgot">
                <summary>{ t.forgot_title }</summary>
                <p>{ t.forgot_text }</p>
            </details>
        </section>
    }
}
