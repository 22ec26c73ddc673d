//! The quick-exit button: first in the widget, visually and in keyboard order. The language
//! switch, when a practice offers one, shares its row.

use yew::prelude::*;

use super::{action_button, lang_switch};

use crate::core::lang::Lang;
use crate::quiz::Quiz;
use crate::core::state::Action;

/// A plain function: it has no hooks. `shown` is the language on screen, for the switch.
pub fn quick_exit(quiz: &Quiz, shown: Lang) -> Html {
    html! {
        <div class="ic-exit-bar ic-no-print">
            { lang_switch(quiz, shown) }
            { action_button(&quiz, "ic-button ic-exit", Action::QuickExit, quiz.text.privacy.quick_exit) }
        </div>
    }
}
