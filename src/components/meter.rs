//! A progress bar drawn in SVG (a strict CSP forbids inline styles), exposed as a
//! `progressbar` with a text value.

use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct MeterProps {
    /// The accessible name, e.g. "Week 2 progress".
    pub label: AttrValue,
    pub value: usize,
    pub max: usize,
    /// The value in words, e.g. "3 of 12 done".
    pub text: AttrValue,
}

#[component]
pub fn Meter(props: &MeterProps) -> Html {
    let percent = (props.value * 100).checked_div(props.max).unwrap_or(0).min(100);
    html! {
        <div class="ic-meter" role="progressbar" aria-label={props.label.clone()}
            aria-valuemin="0" aria-valuemax={props.max.to_string()}
            aria-valuenow={props.value.to_string()} aria-valuetext={props.text.clone()}>
            <svg class="ic-meter-svg" width="100%" height="8" aria-hidden="true" focusable="false">
                <rect class="ic-meter-rail" width="100%" height="8" rx="4" />
                if percent > 0 {
                    <rect class="ic-meter-fill" width={format!("{percent}%")} height="8" rx="4" />
                }
            </svg>
        </div>
    }
}
