//! "Start again", with a confirmation so no answer is cleared by a slip of the finger.

use yew::prelude::*;

use super::Confirm;
use crate::quiz::use_quiz;
use crate::core::state::Action;

#[component]
pub fn Restart() -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    let ui = &quiz.text.ui;
    html! {
        <div class="ic-restart">
            <Confirm open={quiz.state().confirming_restart} name="restart" label={ui.start_again}
                question={ui.confirm_restart} keep={ui.confirm_restart_no} yes={ui.confirm_restart_yes}
                ask={Action::AskRestart} cancel={Action::CancelRestart} confirm={Action::ConfirmRestart} />
        </div>
    }
}
