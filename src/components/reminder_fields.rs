//! Reminders in the visitor's calendar: an optional time (empty by default), how long before
//! each activity, and whether the reminder names it (unticked, it says only "Plan activity"). On the plan
//! form and beside the calendar download, both the same choice.

use yew::prelude::*;

use crate::core::plan::reminder::BEFORE_OPTIONS;
use crate::core::state::Action;
use crate::core::words::remind_before_option;
use crate::quiz::Quiz;

/// A plain function: it has no hooks. `name` tells its ids apart from the other copy's.
pub fn reminder_fields(quiz: &Quiz, name: &str) -> Html {
    let t = &quiz.text.plan;
    let reminder = quiz.state().progress.reminder;
    let [time_id, hint_id, before_id] = ["at", "hint", "before"].map(|part| quiz.id(&format!("remind-{name}-{part}")));
    let on_time = {
        let quiz = quiz.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                quiz.dispatch(Action::ReminderTime(input.value()));
            }
        })
    };
    let on_before = {
        let quiz = quiz.clone();
        Callback::from(move |e: Event| {
            let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() else { return };
            if let Ok(minutes) = select.value().parse() {
                quiz.dispatch(Action::ReminderBefore(minutes));
            }
        })
    };
    let before = BEFORE_OPTIONS.iter().map(|&m| {
        html! { <option value={m.to_string()} selected={reminder.before == m}>{ remind_before_option(quiz.text, m) }</option> }
    });
    html! {
        <fieldset class="ic-choice ic-reminder ic-no-print">
            <legend>{ t.remind_title }</legend>
            <p id={hint_id.clone()} class="ic-hint">{ t.remind_hint }</p>
            <label class="ic-field-label" for={time_id.clone()}>{ t.remind_at }</label>
            <input id={time_id} type="time" value={reminder.time_text()}
                aria-describedby={hint_id} onchange={on_time} />
            if reminder.at.is_some() {
                <label class="ic-field-label" for={before_id.clone()}>{ t.remind_before }</label>
                <select id={before_id} onchange={on_before}>{ for before }</select>
                <label class={classes!("ic-option", "ic-option-small", reminder.named.then_some("ic-chosen"))}>
                    <input type="checkbox" checked={reminder.named}
                        onchange={quiz.on::<Event>(Action::ReminderNamed(!reminder.named))} />
                    <span>{ t.remind_named }</span>
                </label>
            }
        </fieldset>
    }
}
