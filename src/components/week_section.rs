//! One week of the plan: its dates, progress, activities and a private note. This week is
//! shown open; earlier weeks fold to one line with their progress ("Week 1 · 5 of 7 done",
//! or their dates when nothing was ticked) and later weeks to their dates, each opening with one tap (a native disclosure). Print
//! shows every week in full.

use yew::prelude::*;

use super::{activity_card, meter};
use crate::quiz::Quiz;
use crate::core::words::{done_of, folded_week, open_week_dates, week_progress_label, week_title};
use crate::core::plan::today::{open_week, week_state, WeekState};
use crate::core::plan::tracking::NOTE_MAX_CHARS;
use crate::core::state::Action;

/// Week `w` (from 0), keyed by it. A plain function: it has no hooks of its own.
pub fn week_section(quiz: &Quiz, w: usize) -> Html {
    let state = quiz.state();
    let Some(plan) = state.progress.plan.as_ref() else { return html! {} };
    let Some(week) = plan.weeks.get(w) else { return html! {} };
    let text = quiz.text;
    let t = &text.plan;
    let tally = state.progress.tracking.week_tally(plan, w);
    let done_text = done_of(text, tally);
    let open = open_week(plan, state.today) == Some(w);
    let when = week_state(plan, w, state.today);
    let note = state.progress.tracking.note(w as u8).to_string();
    let oninput = {
        let quiz = quiz.clone();
        Callback::from(move |e: InputEvent| {
            let Some(area) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() else { return };
            quiz.dispatch(Action::Note { week: w as u8, text: area.value() });
        })
    };
    let title_id = quiz.id(&format!("week-{w}"));
    let note_id = quiz.id(&format!("note-{w}"));
    let hint_id = quiz.id(&format!("note-hint-{w}"));
    let body = html! {
        <>
            <p class="ic-week-dates">{ open_week_dates(text, plan, w, if open { when } else { WeekState::Future }) }</p>
            <div class="ic-week-progress">
                <p>{ done_text.clone() }</p>
                { meter(week_progress_label(text, w).into(), tally.done, tally.total, done_text.into()) }
            </div>
            <ul class="ic-activities">
                { for week.items.iter().map(|item| html! {
                    <li key={item.activity.clone()}>{ activity_card(quiz, w, item) }</li>
                }) }
            </ul>
            <div class="ic-note-field">
                <label for={note_id.clone()}>{ t.note_label }</label>
                <p id={hint_id.clone()} class="ic-hint ic-no-print">{ t.note_hint }</p>
                <textarea id={note_id} class="ic-no-print" rows="3" aria-describedby={hint_id}
                    maxlength={NOTE_MAX_CHARS.to_string()}
                    value={note.clone()} {oninput} />
                <p class="ic-print-only">{ note }</p>
            </div>
        </>
    };
    let title = week_title(text, w);
    if open {
        return html! {
            <section key={w} class="ic-week ic-week-open" aria-labelledby={title_id.clone()}>
                <h3 id={title_id}>{ title }</h3>
                { body }
            </section>
        };
    }
    let summary = folded_week(text, plan, w, when, tally);
    html! {
        <details key={w} class="ic-week ic-week-folded">
            <summary>{ summary }</summary>
            <h3 class="ic-print-only" id={title_id}>{ title }</h3>
            { body }
        </details>
    }
}
