//! "Lock with a passphrase": two fields and a button. The reducer checks the passphrase and
//! asks the shell to lock ([`crate::core::state::Effect::Lock`]); once locked, the form is gone.

use yew::prelude::*;

use crate::core::state::Action;
use crate::quiz::use_quiz;

#[component]
pub fn LockForm() -> Html {
    let quiz = use_quiz();
    let (first, second) = (use_node_ref(), use_node_ref());
    let Some(quiz) = quiz else { return html! {} };
    let t = &quiz.text.privacy;
    let busy = quiz.state().locking;
    let onsubmit = {
        let (quiz, first, second) = (quiz.clone(), first.clone(), second.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let read = |r: &NodeRef| r.cast::<web_sys::HtmlInputElement>().map(|i| i.value());
            let (Some(passphrase), Some(again)) = (read(&first), read(&second)) else { return };
            quiz.dispatch(Action::Lock { passphrase, again });
        })
    };
    let (a_id, b_id, hint_id) = (quiz.id("pass-1"), quiz.id("pass-2"), quiz.id("pass-hint"));
    html! {
        <form class="ic-privacy-part ic-lock-form" {onsubmit}>
            <h3>{ t.lock_title }</h3>
            <p>{ t.lock_intro }</p>
            <label for={a_id.clone()}>{ t.passphrase }</label>
            <input id={a_id} type="password" autocomplete="new-password" ref={first}
                aria-describedby={hint_id.clone()} />
            <p id={hint_id} class="ic-hint">{ t.passphrase_hint }</p>
            <label for={b_id.clone()}>{ t.passphrase_again }</label>
            <input id={b_id} type="password" autocomplete="new-password" ref={second} />
            <div class="ic-actions">
                <button type="submit" class="ic-button ic-secondary" disabled={busy}>
                    { if busy { t.working } else { t.lock_button } }
                </button>
            </div>
        </form>
    }
}
