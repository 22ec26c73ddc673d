//! "Question N of M" with a bar; the text is announced politely as it changes.

use yew::prelude::*;

use super::Meter;
use crate::quiz::use_quiz;
use crate::core::catalog::fill;

#[derive(Properties, PartialEq, Clone)]
pub struct ProgressBarProps {
    /// 1-based number of the question on screen.
    pub number: usize,
    pub total: usize,
}

#[component]
pub fn ProgressBar(props: &ProgressBarProps) -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    let ui = &quiz.text.ui;
    let label = fill(ui.question_of, &[("n", &props.number.to_string()), ("total", &props.total.to_string())]);
    html! {
        <div class="ic-progress">
            <p class="ic-progress-text" aria-live="polite">{ label.clone() }</p>
            <Meter label={ui.progress_label} value={props.number} max={props.total} text={label} />
        </div>
    }
}
