//! "Start again", with a confirmation so no answer is cleared by a slip of the finger.

use yew::prelude::*;

use super::Confirm;
use crate::quiz::Quiz;
use crate::core::state::Action;

/// A plain function: it has no hooks (the confirmation it holds has).
pub fn restart(quiz: &Quiz) -> Html {
    let ui = &quiz.text.ui;
    html! {
        <div class="ic-restart">
            <Confirm open={quiz.state().confirming_restart} name="restart" label={ui.start_again}
                question={ui.confirm_restart} keep={ui.confirm_restart_no} yes={ui.confirm_restart_yes}
                ask={Action::AskRestart} cancel={Action::CancelRestart} confirm={Action::ConfirmRestart} />
        </div>
    }
}
