//! Today, first on the plan screen: today's activities with a tick box and a short "how"
//! each (the full steps one tap away), or what comes next; and, after a few days with
//! nothing ticked, a kind offer to start the plan again from today.

use yew::prelude::*;

use super::activity_card::how_to;
use super::Confirm;
use crate::quiz::{use_quiz, Quiz};
use crate::core::words::{activity_meta, nothing_today, today_tick_label, today_title};
use crate::core::plan::activity;
use crate::core::plan::today::{items_on, next_after, offers_restart, resumed_today};
use crate::core::state::Action;
use crate::hooks::use_focus_on_change;

/// One of today's activities.
fn today_item(quiz: &Quiz, (week, id, day): (usize, &str, u8)) -> Html {
    let Some(a) = activity(id) else { return html! {} };
    let text = quiz.text;
    let words = text.activity(a.id);
    let done = quiz.state().progress.tracking.is_done(week, a.id, day);
    let action = Action::Tick { week, activity: a.id.to_string(), day, done: !done };
    let meta = activity_meta(text, a, false);
    html! {
        <li key={a.id} class="ic-today-item">
            <label class={classes!("ic-today-tick", done.then_some("ic-ticked"))}>
                <input type="checkbox" checked={done}
                    aria-label={today_tick_label(text, words.title)}
                    onchange={quiz.on::<Event>(action)} />
                <span aria-hidden="true">{ text.days.done }</span>
            </label>
            <div class="ic-today-body">
                <h4>{ words.title }</h4>
                <p class="ic-meta">{ meta }</p>
                if let Some(first) = words.steps.first() {
                    <p>{ *first }</p>
                }
                { how_to(text, words) }
            </div>
        </li>
    }
}

#[component]
pub fn TodaySection() -> Html {
    let quiz = use_quiz();
    let heading = use_node_ref();
    // After "Start again from today" the offer goes away: focus moves to today's heading.
    let resumed = quiz.as_ref().and_then(|q| q.state().progress.plan.as_ref()?.resumed.last().copied());
    use_focus_on_change(resumed, heading.clone());
    let Some(quiz) = quiz else { return html! {} };
    let state = quiz.state();
    let Some(plan) = state.progress.plan.as_ref() else { return html! {} };
    let (text, today) = (quiz.text, state.today);
    let t = &text.days;
    let items = items_on(plan, today);
    let next = next_after(plan, today).filter(|_| items.is_empty());
    let offer = offers_restart(plan, &state.progress.tracking, today);
    if items.is_empty() && next.is_none() && !offer {
        // The plan is over: its end takes the lead.
        return html! {};
    }
    let title_id = quiz.id("today");
    html! {
        <section class="ic-today ic-no-print" aria-labelledby={title_id.clone()}>
            <h3 id={title_id} tabindex="-1" ref={heading}>
                { today_title(text, today) }
            </h3>
            <p role="status" class="ic-welcome">
                if resumed_today(plan, today) { { t.restarted } }
            </p>
            if let Some(((_, id, _), date)) = next {
                <p>{ nothing_today(text, id, date) }</p>
            } else {
                <ul class="ic-today-list">{ for items.into_iter().map(|o| today_item(&quiz, o)) }</ul>
            }
            if offer {
                <div class="ic-missed">
                    <p>{ t.missed_note }</p>
                    <Confirm open={state.confirming_plan_restart} name="plan-restart" label={t.restart}
                        button_class="ic-secondary" question={t.confirm_restart} keep={t.confirm_restart_no}
                        yes={t.confirm_restart_yes} ask={Action::AskRestartPlanFromToday}
                        cancel={Action::CancelRestartPlanFromToday} confirm={Action::ConfirmRestartPlanFromToday} />
                </div>
            }
        </section>
    }
}
