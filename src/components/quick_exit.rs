//! The quick-exit button: first in the widget, visually and in keyboard order.

use yew::prelude::*;

use crate::quiz::use_quiz;
use crate::core::state::Action;

#[component]
pub fn QuickExit() -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    html! {
        <div class="ic-exit-bar ic-no-print">
            <button type="button" class="ic-button ic-exit" onclick={quiz.on(Action::QuickExit)}>
                { quiz.text.privacy.quick_exit }
            </button>
        </div>
    }
}
