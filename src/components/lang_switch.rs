//! The language switch a practice can offer (`langs="en es"`): each language by its own
//! name, in its own language, the one shown pressed. Switching keeps every answer.

use yew::prelude::*;

use crate::core::lang::Lang;
use crate::core::state::Action;
use crate::quiz::Quiz;

/// A plain function: it has no hooks. `shown` is the language on screen.
pub fn lang_switch(quiz: &Quiz, shown: Lang) -> Html {
    let offered = &quiz.settings.langs;
    if offered.len() < 2 {
        return Html::default();
    }
    html! {
        <div class="ic-langs" role="group" aria-label={quiz.text.ui.language}>
            { for offered.iter().map(|&lang| html! {
                <button type="button" class="ic-lang" lang={lang.tag()}
                        aria-pressed={if lang == shown { "true" } else { "false" }}
                        onclick={quiz.on::<MouseEvent>(Action::ChooseLang(lang))}>
                    { lang.name() }
                </button>
            }) }
        </div>
    }
}
