//! "About this quiz": a native disclosure, on the intro and the results, that says honestly
//! what the quiz is: what it draws on, that it has no norms and was not validated, and that it
//! is not a diagnosis.

use yew::prelude::*;

use crate::quiz::Quiz;

/// A plain function: it has no hooks.
pub fn about_quiz(quiz: &Quiz) -> Html {
    let ui = &quiz.text.ui;
    html! {
        <details class="ic-about">
            <summary>{ ui.about_title }</summary>
            { for [ui.about_1, ui.about_2, ui.about_3, ui.about_4, ui.about_5].into_iter().map(|p| html! { <p>{ p }</p> }) }
        </details>
    }
}
