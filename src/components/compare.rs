//! Earlier results next to the latest, so progress is visible after a retake.

use yew::prelude::*;

use super::{action_button, area_chart, ChartRow};
use crate::quiz::Quiz;
use crate::core::words::{compare_line, date_long};
use crate::core::state::{Action, CompletedQuiz};

/// A plain function: it has no hooks of its own.
pub fn compare_screen(quiz: &Quiz) -> Html {
    let state = quiz.state();
    let Some((before_index, before, now)) = state.comparison() else { return html! {} };
    let text = quiz.text;
    let t = &text.plan;
    let when = |q: &CompletedQuiz| q.date.map_or(t.earlier_undated.to_string(), |d| date_long(text, d));
    let (old, new) = (before.results(), now.results());
    let rows: Vec<ChartRow> = old
        .areas
        .iter()
        .zip(&new.areas)
        .map(|(b, n)| {
            ChartRow { name: text.area(n.area).name.into(), bars: vec![b.score, n.score] }
        })
        .collect();
    let lines = old.areas.iter().zip(&new.areas).map(|(b, n)| html! { <li>{ compare_line(text, b, n) }</li> });
    let history = &state.progress.history;
    let onchange = {
        let quiz = quiz.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            if let Ok(i) = select.value().parse::<usize>() {
                quiz.dispatch(Action::Compare(i));
            }
        })
    };
    let select_id = quiz.id("compare-with");
    html! {
        <section key="compare" class="ic-screen ic-compare">
            <h2 class="ic-title" tabindex="-1" ref={quiz.focus.clone()}>{ t.compare_title }</h2>
            <p>{ t.compare_intro }</p>
            if history.len() > 2 {
                <p class="ic-select">
                    <label for={select_id.clone()}>{ t.compare_with }</label>
                    <select id={select_id} {onchange}>
                        { for history[..history.len() - 1].iter().enumerate().map(|(i, q)| html! {
                            <option value={i.to_string()} selected={i == before_index}>{ when(q) }</option>
                        }) }
                    </select>
                </p>
            }
            <ul class="ic-legend">
                <li><span class="ic-swatch ic-series-0" aria-hidden="true"></span>
                    { format!("{}: {}", t.legend_before, when(before)) }</li>
                <li><span class="ic-swatch ic-series-1" aria-hidden="true"></span>
                    { format!("{}: {}", t.legend_now, when(now)) }</li>
            </ul>
            { area_chart(&quiz, t.compare_chart_title, &rows) }
            <ul class="ic-compare-list">{ for lines }</ul>
            <div class="ic-actions">
                { action_button(&quiz, "ic-button ic-secondary", Action::ShowResults, t.back_to_results) }
                if state.progress.plan.is_some() {
                    { action_button(&quiz, "ic-button ic-primary", Action::ShowPlan, t.see_plan) }
                }
            </div>
        </section>
    }
}
