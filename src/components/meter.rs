//! A progress bar drawn in SVG (a strict CSP forbids inline styles), exposed as a
//! `progressbar` with a text value.

use yew::prelude::*;

/// The bar, named `label` (e.g. "Week 2 progress"), with `text` as its value in words
/// (e.g. "3 of 12 done"). A plain function: it has no hooks.
pub fn meter(label: AttrValue, value: usize, max: usize, text: AttrValue) -> Html {
    let percent = (value * 100).checked_div(max).unwrap_or(0).min(100);
    html! {
        <div class="ic-meter" role="progressbar" aria-label={label}
            aria-valuemin="0" aria-valuemax={max.to_string()}
            aria-valuenow={value.to_string()} aria-valuetext={text}>
            <svg class="ic-meter-svg" width="100%" height="8" aria-hidden="true" focusable="false">
                <rect class="ic-meter-rail" width="100%" height="8" rx="4" />
                if percent > 0 {
                    <rect class="ic-meter-fill" width={format!("{percent}%")} height="8" rx="4" />
                }
            </svg>
        </div>
    }
}
