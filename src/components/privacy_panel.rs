//! "Privacy and safety", at the foot of every screen: what is stored and where, what quick
//! exit does and does not do, the passphrase lock, and deleting everything.

use yew::prelude::*;

use super::Confirm;
use crate::app::use_quiz;
use crate::core::locked::MIN_PASSPHRASE_CHARS;
use crate::core::state::{Action, Lock, PrivacyMessage, State};
use crate::crypto::CryptoError;

#[component]
pub fn PrivacyPanel() -> Html {
    let quiz = use_quiz();
    let first = use_node_ref();
    let second = use_node_ref();
    let busy = use_state(|| false);
    let panel = use_node_ref();
    // The panel opens and closes as the visitor likes; a message or a question opens it.
    {
        let panel = panel.clone();
        let wants_open = quiz.as_ref().is_some_and(|q| panel_message(q.state()).is_some() || q.state().confirming_delete);
        use_effect_with(wants_open, move |open| {
            if let (true, Some(el)) = (*open, panel.cast::<web_sys::Element>()) {
                let _ = el.set_attribute("open", "");
            }
        });
    }
    let Some(quiz) = quiz else { return html! {} };
    let t = &quiz.text.privacy;
    let state = quiz.state();

    let onlock = {
        let (quiz, first, second, busy) = (quiz.clone(), first.clone(), second.clone(), busy.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let read = |r: &NodeRef| r.cast::<web_sys::HtmlInputElement>();
            let (Some(a), Some(b)) = (read(&first), read(&second)) else { return };
            let passphrase = a.value();
            if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
                quiz.dispatch(Action::Privacy(PrivacyMessage::TooShort));
                return;
            }
            if passphrase != b.value() {
                quiz.dispatch(Action::Privacy(PrivacyMessage::Mismatch));
                return;
            }
            busy.set(true);
            let (store, dispatch, busy) = (quiz.store.clone(), quiz.dispatcher(), busy.clone());
            wasm_bindgen_futures::spawn_local(async move {
                // Locking changes the state, and the widget then saves its latest answers encrypted.
                match store.lock(&passphrase).await {
                    Ok(()) => {
                        a.set_value("");
                        b.set_value("");
                        dispatch.emit(Action::LockedNow);
                    }
                    Err(_) => dispatch.emit(Action::Privacy(PrivacyMessage::NoCrypto)),
                }
                busy.set(false);
            });
        })
    };
    let onunlock = {
        let quiz = quiz.clone();
        Callback::from(move |_: MouseEvent| {
            if quiz.store.remove_lock(&quiz.state().progress).is_ok() {
                quiz.dispatch(Action::Unlock);
            }
        })
    };

    let lock_section = match state.lock {
        Lock::On => html! {
            <div class="ic-privacy-part">
                <p>{ t.locked_state }</p>
                <button type="button" class="ic-button ic-secondary" onclick={onunlock}>{ t.remove_lock }</button>
            </div>
        },
        // Still locked: only deleting is offered (the way out for a forgotten passphrase).
        Lock::NeedsPassphrase => html! {},
        _ if state.private => html! { <p class="ic-privacy-part">{ t.private_state }</p> },
        // Data from a newer version (or without a backup) is never written over.
        _ if state.read_only => html! {},
        _ => {
            let (a_id, b_id, hint_id) = (quiz.id("pass-1"), quiz.id("pass-2"), quiz.id("pass-hint"));
            html! {
                <form class="ic-privacy-part ic-lock-form" onsubmit={onlock}>
                    <h3>{ t.lock_title }</h3>
                    <p>{ t.lock_intro }</p>
                    <label for={a_id.clone()}>{ t.passphrase }</label>
                    <input id={a_id} type="password" autocomplete="new-password" ref={first}
                        aria-describedby={hint_id.clone()} />
                    <p id={hint_id} class="ic-hint">{ t.passphrase_hint }</p>
                    <label for={b_id.clone()}>{ t.passphrase_again }</label>
                    <input id={b_id} type="password" autocomplete="new-password" ref={second} />
                    <div class="ic-actions">
                        <button type="submit" class="ic-button ic-secondary" disabled={*busy}>
                            { if *busy { t.working } else { t.lock_button } }
                        </button>
                    </div>
                </form>
            }
        }
    };

    let delete = html! {
        <Confirm open={state.confirming_delete} name="delete" label={t.delete_all} button_class="ic-quiet"
            question={t.confirm_delete} keep={t.confirm_delete_no} yes={t.confirm_delete_yes}
            ask={Action::AskDelete} cancel={Action::CancelDelete} confirm={Action::ConfirmDelete} />
    };
    html! {
        <details class="ic-privacy ic-no-print" ref={panel}>
            <summary>{ t.panel_title }</summary>
            <div class="ic-privacy-body">
                if let Some(m) = panel_message(state) {
                    <p class="ic-message" role="status">{ quiz.text.privacy_message(m) }</p>
                }
                <p>{ t.stored_note }</p>
                <p>{ t.quick_exit_note }</p>
                { lock_section }
                <div class="ic-privacy-part">{ delete }</div>
            </div>
        </details>
    }
}

/// The message this panel shows: not the unlock screen's own, which it shows itself.
fn panel_message(state: &State) -> Option<PrivacyMessage> {
    state.privacy_message.filter(|_| state.lock != Lock::NeedsPassphrase)
}

/// The message for a failed unlock.
pub fn unlock_message(e: CryptoError) -> PrivacyMessage {
    match e {
        CryptoError::WrongPassphrase => PrivacyMessage::WrongPassphrase,
        CryptoError::Unavailable => PrivacyMessage::NoCrypto,
    }
}
