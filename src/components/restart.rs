//! "Start again", with a confirmation so no answer is cleared by a slip of the finger.

use yew::prelude::*;

use crate::app::use_quiz;
use crate::core::state::Action;
use crate::hooks::use_focus_on_change;

#[component]
pub fn Restart() -> Html {
    let quiz = use_quiz();
    let open = quiz.as_ref().is_some_and(|q| q.state().confirming_restart);
    let panel = use_node_ref();
    let button = use_node_ref();
    // Opening moves focus into the question; closing returns it to the button.
    use_focus_on_change(open, if open { panel.clone() } else { button.clone() });
    let Some(quiz) = quiz else { return html! {} };
    let ui = &quiz.text.ui;
    if !open {
        return html! {
            <div class="ic-restart">
                <button type="button" class="ic-button ic-link" ref={button} onclick={quiz.on(Action::AskRestart)}>
                    { ui.start_again }
                </button>
            </div>
        };
    }
    let msg_id = quiz.id("restart-msg");
    html! {
        <div class="ic-restart ic-confirm" role="group" aria-labelledby={msg_id.clone()}>
            <p id={msg_id} tabindex="-1" ref={panel}>{ ui.confirm_restart }</p>
            <div class="ic-actions">
                <button type="button" class="ic-button ic-secondary" onclick={quiz.on(Action::CancelRestart)}>
                    { ui.confirm_restart_no }
                </button>
                <button type="button" class="ic-button ic-quiet" onclick={quiz.on(Action::ConfirmRestart)}>
                    { ui.confirm_restart_yes }
                </button>
            </div>
        </div>
    }
}
