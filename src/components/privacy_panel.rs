//! "Privacy and safety", at the foot of every screen: what is stored and where, what quick
//! exit does and does not do, the passphrase lock, and deleting everything.

use yew::prelude::*;

use super::{action_button, Confirm, LockForm};
use crate::core::words;
use crate::quiz::use_quiz;
use crate::core::state::{Action, Lock, PrivacyMessage, State};

#[component]
pub fn PrivacyPanel() -> Html {
    let quiz = use_quiz();
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


    let lock_section = match state.lock {
        Lock::On => html! {
            <div class="ic-privacy-part">
                <p>{ t.locked_state }</p>
                { action_button(&quiz, "ic-button ic-secondary", Action::RemoveLock, t.remove_lock) }
            </div>
        },
        // Still locked: only deleting is offered (the way out for a forgotten passphrase).
        Lock::NeedsPassphrase => html! {},
        _ if state.private => html! { <p class="ic-privacy-part">{ t.private_state }</p> },
        // Data from a newer version (or without a backup) is never written over.
        _ if state.read_only => html! {},
        _ => html! { <LockForm /> },
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
                    <p class="ic-message" role="status">{ words::privacy_message(quiz.text, m) }</p>
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
