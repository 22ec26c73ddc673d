//! The end of the plan: a short, warm look back at what was done, by area, and an
//! invitation to take the quiz again and see what changed.

use yew::prelude::*;

use super::action_button;

use crate::quiz::Quiz;
use crate::core::bank::AREAS;
use crate::core::words::{end_area_line, end_done};
use crate::core::plan::today::end_summary;
use crate::core::state::Action;

/// The end-of-plan section (a plain function: it has no hooks of its own).
pub fn plan_end(quiz: &Quiz) -> Html {
    let state = quiz.state();
    let Some(plan) = state.progress.plan.as_ref() else { return html! {} };
    let text = quiz.text;
    let t = &text.days;
    let summary = end_summary(plan, &state.progress.tracking);
    let done = end_done(text, plan, &summary);
    let areas = AREAS.iter().filter(|a| summary.by_area[a.index()] > 0).map(|a| {
        html! { <li>{ end_area_line(text, text.area(*a).name, summary.by_area[a.index()]) }</li> }
    });
    let title_id = quiz.id("plan-end");
    html! {
        <section class="ic-plan-end" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ t.end_title }</h3>
            <p>{ done }</p>
            if summary.overall.done > 0 {
                <h4>{ t.end_by_area }</h4>
                <ul class="ic-end-areas">{ for areas }</ul>
            }
            <p>{ t.end_next }</p>
            <div class="ic-actions ic-no-print">
                { action_button(&quiz, "ic-button ic-primary", Action::Retake, t.retake) }
            </div>
            <p class="ic-note ic-no-print">{ t.retake_note }</p>
        </section>
    }
}
