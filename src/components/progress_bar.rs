//! "Question N of M" with a bar; the text is announced politely as it changes.

use yew::prelude::*;

use crate::app::use_quiz;
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
    let percent = props.number * 100 / props.total.max(1);
    let label_id = quiz.id("progress-label");
    html! {
        <div class="ic-progress">
            <p id={label_id.clone()} class="ic-progress-text" aria-live="polite">{ label.clone() }</p>
            <div class="ic-progress-track" role="progressbar" aria-label={ui.progress_label}
                aria-valuemin="0" aria-valuemax={props.total.to_string()}
                aria-valuenow={props.number.to_string()} aria-valuetext={label}>
                // SVG geometry instead of a style attribute: a strict CSP blocks inline styles.
                <svg class="ic-progress-svg" width="100%" height="8" aria-hidden="true" focusable="false">
                    <rect class="ic-progress-rail" width="100%" height="8" rx="4" />
                    <rect class="ic-progress-fill" width={format!("{percent}%")} height="8" rx="4" />
                </svg>
            </div>
        </div>
    }
}
