//! One planned activity: a tick box for each day it is planned, and what to do and why it
//! helps one tap away.

use yew::prelude::*;

use crate::quiz::Quiz;
use crate::core::catalog::{ActivityText, Catalog};
use crate::core::words::{activity_meta, day_short, tick_label};
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
    let words = text.activity(a.id);
    let meta = activity_meta(text, a, item.days.len() == 7);
    let ticks = item.days.iter().map(|&day| {
        let done = state.progress.tracking.is_done(week, a.id, day);
        let day_text = day_short(text, plan.date_of(week, day));
        let label = tick_label(text, words.title, &day_text);
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
            <p class="ic-meta">{ meta }</p>
            <div class="ic-ticks">{ for ticks }</div>
            { how_to(text, words) }
        </article>
    }
}
