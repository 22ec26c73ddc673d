//! "Question N of M" with a bar; the text is announced politely as it changes.

use yew::prelude::*;

use super::meter;
use crate::quiz::Quiz;
use crate::core::words::question_of;

/// The bar for question `number` (1-based) of `total`. A plain function: it has no hooks.
pub fn progress_bar(quiz: &Quiz, number: usize, total: usize) -> Html {
    let ui = &quiz.text.ui;
    let label: AttrValue = question_of(quiz.text, number, total).into();
    html! {
        <div class="ic-progress">
            <p class="ic-progress-text" aria-live="polite">{ label.clone() }</p>
            { meter(ui.progress_label.into(), number, total, label) }
        </div>
    }
}
