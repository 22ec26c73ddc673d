//! The language switch a practice can offer (`langs="en es"`): each language by its own
//! name, in its own language, the one shown pressed. Switching keeps every answer.

use yew::prelude::*;

use crate::core::catalog::Lang;
use crate::core::state::Action;
use crate::quiz::use_quiz;

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// The language on screen.
    pub shown: Lang,
}

#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    let offered = &quiz.settings.langs;
    if offered.len() < 2 {
        return Html::default();
    }
    html! {
        <div class="ic-langs" role="group" aria-label={quiz.text.ui.language}>
            { for offered.iter().map(|&lang| html! {
                <button type="button" class="ic-lang" lang={lang.tag()}
                        aria-pressed={if lang == props.shown { "true" } else { "false" }}
                        onclick={quiz.on(Action::ChooseLang(lang))}>
                    { lang.name() }
                </button>
            }) }
        </div>
    }
}
