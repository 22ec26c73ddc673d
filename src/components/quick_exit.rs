//! The quick-exit button: first in the widget, visually and in keyboard order.

use yew::prelude::*;

use super::action_button;

use crate::quiz::Quiz;
use crate::core::state::Action;

/// A plain function: it has no hooks.
pub fn quick_exit(quiz: &Quiz) -> Html {
    html! {
        <div class="ic-exit-bar ic-no-print">
            { action_button(&quiz, "ic-button ic-exit", Action::QuickExit, quiz.text.privacy.quick_exit) }
        </div>
    }
}
