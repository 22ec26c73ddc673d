//! One planned activity: a tick box for each day it is planned, and what to do and why it
//! helps one tap away.

use yew::prelude::*;

use crate::quiz::use_quiz;
use crate::core::catalog::{fill, ActivityText, Catalog};
use crate::core::plan::{activity, PlannedActivity};
use crate::core::state::Action;

#[derive(Properties, PartialEq, Clone)]
pub struct ActivityCardProps {
    pub week: usize,
    pub item: PlannedActivity,
}

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

#[component]
pub fn ActivityCard(props: &ActivityCardProps) -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    let Some(a) = activity(&props.item.activity) else { return html! {} };
    let state = quiz.state();
    let Some(plan) = state.progress.plan.as_ref() else { return html! {} };
    let text = quiz.text;
    let t = &text.plan;
    let words = text.activity(a.id);
    let mut meta = vec![fill(t.minutes_each, &[("n", &a.minutes.to_string())]), text.kind(a.kind).0.to_string()];
    if props.item.days.len() == 7 {
        meta.insert(0, t.every_day.to_string());
    }
    let ticks = props.item.days.iter().map(|&day| {
        let done = state.progress.tracking.is_done(props.week, a.id, day);
        let day_text = text.day_short(plan.date_of(props.week, day));
        let label = fill(t.tick_label, &[("title", words.title), ("day", &day_text)]);
        let action = Action::Tick { week: props.week, activity: a.id.to_string(), day, done: !done };
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
