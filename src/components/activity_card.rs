//! One planned activity: a tick box for each day it is planned, and what to do and why it
//! helps one tap away.

use yew::prelude::*;

use crate::quiz::Quiz;
use crate::core::catalog::{fill, ActivityText, Catalog};
use crate::core::plan::{activity, PlannedActivity};
use crate::core::state::Action;


/// An activity's steps and why it helps, one tap away ("How to do it").
pub fn how_to(text: &Catalog, words: &ActivityText) -> Html {
    html! {
        <details class="ic-how">
            <summary>{ text.days.how_to }</summary>
            <ol class="ic-steps">{ for words.steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
            <p class="ic-why"><span class="ic-label">{ text.plan.why_label }{ ": " }</span>{ words.why }</p>
        </details>
    }
}

/// Activity `item` of week `week`. A plain function: it has no hooks of its own.
pub fn activity_card(quiz: &Quiz, week: usize, item: &PlannedActivity) -> Html {
    let Some(a) = activity(&item.activity) else { return html! {} };
    let state = quiz.state();
    let Some(plan) = state.progress.plan.as_ref() else { return html! {} };
    let text = quiz.text;
    let t = &text.plan;
    let words = text.activity(a.id);
    let mut meta = vec![fill(t.minutes_each, &[("n", &a.minutes.to_string())]), text.kind(a.kind).0.to_string()];
    if item.days.len() == 7 {
        meta.insert(0, t.every_day.to_string());
    }
    let ticks = item.days.iter().map(|&day| {
        let done = state.progress.tracking.is_done(week, a.id, day);
        let day_text = text.day_short(plan.date_of(week, day));
        let label = fill(t.tick_label, &[("title", words.title), ("day", &day_text)]);
        let action = Action::Tick { week, activity: a.id.to_string(), day, done: !done };
        html! {
            <label class={classes!("ic-tick", done.then_some("ic-ticked"))}>
                <input type="checkbox" checked={done} aria-label={label} onchange={quiz.on::<Event>(action)} />
                <span>{ day_text }</span>
            </label>
        }
    });
    html! {
        <article class="ic-activity">
            <h4>{ words.title }</h4>
            <p class="ic-meta">{ meta.join(" · ") }</p>
            <div class="ic-ticks">{ for ticks }</div>
            { how_to(text, words) }
        </article>
    }
}
