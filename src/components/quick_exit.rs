//! The quick-exit button: first in the widget, visually and in keyboard order. The language
//! switch, when a practice offers one, shares its row.

use yew::prelude::*;

use super::LangSwitch;
use crate::core::catalog::Lang;
use crate::quiz::use_quiz;
use crate::core::state::Action;

#[derive(Properties, PartialEq)]
pub struct QuickExitProps {
    /// The language on screen, for the switch.
    pub shown: Lang,
}

#[component]
pub fn QuickExit(props: &QuickExitProps) -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    html! {
        <div class="ic-exit-bar ic-no-print">
            <LangSwitch shown={props.shown} />
            <button type="button" class="ic-button ic-exit" onclick={quiz.on(Action::QuickExit)}>
                { quiz.text.privacy.quick_exit }
            </button>
        </div>
    }
}
