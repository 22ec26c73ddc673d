//! A horizontal SVG bar chart: one row per area, one or more bars per row (one for the
//! results, two for "before and now"). The text list beside it on each screen is its
//! equivalent for screen readers, so the drawing itself is one labelled image.

use yew::prelude::*;

use crate::quiz::Quiz;

/// Space for the name line, and for each bar, in CSS pixels. The SVG has no viewBox, so its
/// text keeps the widget's own size at every width.
const NAME_LINE: usize = 26;
const BAR: usize = 22;
const ROW_GAP: usize = 10;
/// Bars use this share of the width; the number sits in the rest, so a long area name and
/// its score never overlap, even at 320 px.
const BAR_SPAN: u32 = 84;
/// `BAR_SPAN` as a width, written out so no string is formatted for it.
const BAR_SPAN_WIDTH: &str = "84%";
/// The bar's classes for the first and the second series (a chart has one or two).
const BAR_CLASS: [&str; 2] = ["ic-chart-bar ic-series-0", "ic-chart-bar ic-series-1"];

/// One row of the chart.
#[derive(Clone, PartialEq, Debug)]
pub struct ChartRow {
    pub name: AttrValue,
    /// One bar per series, 0–100; `None` draws no bar and shows a dash.
    pub bars: Vec<Option<u8>>,
}

/// The chart titled `title`. A plain function: it has no hooks.
pub fn area_chart(quiz: &Quiz, title: &'static str, rows: &[ChartRow]) -> Html {
    let title_id = quiz.id(&format!("chart-{}", rows.first().map_or(0, |r| r.bars.len())));
    let mut y = 0;
    let rows: Vec<Html> = rows
        .iter()
        .map(|row| {
            let top = y;
            y += NAME_LINE + row.bars.len() * BAR + ROW_GAP;
            let bars = row.bars.iter().enumerate().map(|(i, bar)| {
                let bar_y = top + NAME_LINE + i * BAR;
                let value = bar.map_or("–".to_string(), |v| v.to_string());
                html! {
                    <>
                        <rect class="ic-chart-rail" x="0" y={bar_y.to_string()} width={BAR_SPAN_WIDTH}
                            height="12" rx="6" />
                        if let Some(v) = bar.filter(|v| *v > 0) {
                            <rect class={BAR_CLASS[i.min(1)]} x="0" y={bar_y.to_string()}
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
            <title id={title_id}>{ title }</title>
            { for rows }
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_out_width_is_the_bar_span() {
        assert_eq!(BAR_SPAN_WIDTH, format!("{BAR_SPAN}%"));
    }
}
