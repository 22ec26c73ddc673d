//! "Take it with you": print the plan, or download it as Markdown or a calendar file. A
//! file the browser refuses to make gets a kind notice, never silence.

use yew::prelude::*;

use crate::core::export::{ics::plan_calendar, markdown};
use crate::core::scoring::score;
use crate::core::state::{Action, Notice};
use crate::clock::now_utc;
use crate::download::{offer_file, print};
use crate::quiz::Quiz;

/// A plain function: it has no hooks.
pub fn take_it_with_you(quiz: &Quiz) -> Html {
    let state = quiz.state();
    let Some(plan) = state.progress.plan.clone() else { return html! {} };
    let text = quiz.text;
    let t = &text.plan;
    let offer = {
        let quiz = quiz.clone();
        move |ext: &str, mime: &str, contents: &str| {
            if offer_file(&format!("{}.{ext}", text.plan.file_name), mime, contents).is_err() {
                quiz.dispatch(Action::Notify(Notice::DownloadFailed));
            }
        }
    };
    let on_markdown = {
        let focus = markdown::plan_focus_line(text, &plan, &score(state.own_answers()));
        let (plan, tracking, offer) = (plan.clone(), state.progress.tracking.clone(), offer.clone());
        Callback::from(move |_: MouseEvent| {
            offer("md", "text/markdown;charset=utf-8", &markdown::plan_markdown(&plan, &tracking, text, &focus));
        })
    };
    let on_calendar = Callback::from(move |_: MouseEvent| {
        offer("ics", "text/calendar;charset=utf-8", &plan_calendar(&plan, text, now_utc()));
    });
    html! {
        <div class="ic-take-it ic-no-print">
            <h3>{ t.take_it_title }</h3>
            <div class="ic-actions">
                <button type="button" class="ic-button ic-secondary" onclick={Callback::from(|_: MouseEvent| print())}>
                    { t.print }
                </button>
                <button type="button" class="ic-button ic-secondary" onclick={on_markdown}>{ t.download_markdown }</button>
                <button type="button" class="ic-button ic-secondary" onclick={on_calendar}>{ t.download_calendar }</button>
            </div>
        </div>
    }
}
