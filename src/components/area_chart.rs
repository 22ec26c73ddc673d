//! A horizontal SVG bar chart: one row per area, one or more bars per row (one for the
//! results, two for "before and now"). The text list beside it on each screen is its
//! equivalent for screen readers, so the drawing itself is one labelled image.

use yew::prelude::*;

use crate::quiz::use_quiz;

/// Space for the name line, and for each bar, in CSS pixels. The SVG has no viewBox, so its
/// text keeps the widget's own size at every width.
const NAME_LINE: usize = 26;
const BAR: usize = 22;
const ROW_GAP: usize = 10;
/// Bars use this share of the width; the number sits in the rest, so a long area name and
/// its score never overlap, even at 320 px.
const BAR_SPAN: u32 = 84;

/// One row of the chart.
#[derive(Clone, PartialEq, Debug)]
pub struct ChartRow {
    pub name: AttrValue,
    /// One bar per series, 0–100; `None` draws no bar and shows a dash.
    pub bars: Vec<Option<u8>>,
}

#[derive(Properties, PartialEq, Clone)]
pub struct AreaChartProps {
    pub title: AttrValue,
    pub rows: Vec<ChartRow>,
}

#[component]
pub fn AreaChart(props: &AreaChartProps) -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    let title_id = quiz.id(&format!("chart-{}", props.rows.first().map_or(0, |r| r.bars.len())));
    let mut y = 0;
    let rows: Vec<Html> = props
        .rows
        .iter()
        .map(|row| {
            let top = y;
            y += NAME_LINE + row.bars.len() * BAR + ROW_GAP;
            let bars = row.bars.iter().enumerate().map(|(i, bar)| {
                let bar_y = top + NAME_LINE + i * BAR;
                let value = bar.map_or("–".to_string(), |v| v.to_string());
                html! {
                    <>
                        <rect class="ic-chart-rail" x="0" y={bar_y.to_string()} width={format!("{BAR_SPAN}%")}
                            height="12" rx="6" />
                        if let Some(v) = bar.filter(|v| *v > 0) {
                            <rect class={format!("ic-chart-bar ic-series-{i}")} x="0" y={bar_y.to_string()}
                                width={format!("{}%", u32::from(v) * BAR_SPAN / 100)} height="12" rx="6" />
                        }
                        <text class="ic-chart-value" x="100%" y={(bar_y + 12).to_string()} text-anchor="end">
                            { value }
                        </text>
                    </>
                }
            });
            html! {
                <g>
                    <text class="ic-chart-name" x="0" y={(top + 18).to_string()}>{ row.name.clone() }</text>
                    { for bars }
                </g>
            }
        })
        .collect();
    html! {
        <svg class="ic-chart" width="100%" height={y.saturating_sub(ROW_GAP).to_string()} role="img"
            aria-labelledby={title_id.clone()} focusable="false">
            <title id={title_id}>{ props.title.clone() }</title>
            { for rows }
        </svg>
    }
}
