//! A horizontal SVG bar chart of the area scores. The text list beside it on the results
//! screen is its equivalent for screen readers, so the drawing itself is one labelled image.

use yew::prelude::*;

use crate::app::use_quiz;
use crate::core::scoring::AreaScore;

/// Height of one row (name line plus bar), in CSS pixels: the SVG has no viewBox, so its
/// text stays at the widget's own font size at every width.
const ROW: usize = 52;
const BAR_Y: usize = 28;
const BAR_H: usize = 12;

#[derive(Properties, PartialEq, Clone)]
pub struct AreaChartProps {
    pub areas: Vec<AreaScore>,
}

#[component]
pub fn AreaChart(props: &AreaChartProps) -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    let title_id = quiz.id("chart-title");
    let height = ROW * props.areas.len();
    let rows = props.areas.iter().enumerate().map(|(i, a)| {
        let top = i * ROW;
        let name = quiz.text.area(a.area).name;
        let (value, width) = match a.score {
            Some(s) => (s.to_string(), format!("{s}%")),
            None => ("–".to_string(), "0".to_string()),
        };
        html! {
            <g class="ic-chart-row">
                <text class="ic-chart-name" x="0" y={(top + 18).to_string()}>{ name }</text>
                <text class="ic-chart-value" x="100%" y={(top + 18).to_string()} text-anchor="end">{ value }</text>
                <rect class="ic-chart-rail" x="0" y={(top + BAR_Y).to_string()} width="100%"
                    height={BAR_H.to_string()} rx="6" />
                <rect class="ic-chart-bar" x="0" y={(top + BAR_Y).to_string()} width={width}
                    height={BAR_H.to_string()} rx="6" />
            </g>
        }
    });
    html! {
        <svg class="ic-chart" width="100%" height={height.to_string()} role="img"
            aria-labelledby={title_id.clone()} focusable="false">
            <title id={title_id}>{ quiz.text.ui.chart_title }</title>
            { for rows }
        </svg>
    }
}
