//! The rebuild plan as a visitor comes back to it each day: whole-plan progress, then
//! Today, the end of the plan once it comes, the weeks (this week open, the others folded),
//! ways to take it away (print, Markdown, calendar), and what else they can do.

use yew::prelude::*;

use super::{plan_end, Confirm, HelpPanel, Meter, Restart, TodaySection, WeekSection};
use crate::quiz::use_quiz;
use crate::core::catalog::fill;
use crate::core::export::{ics::plan_calendar, markdown};
use crate::core::plan::today::at_end;
use crate::core::scoring::score;
use crate::core::state::{Action, Notice};
use crate::download::{now_utc, offer_file, print};

#[component]
pub fn PlanScreen() -> Html {
    let quiz = use_quiz();
    let Some(quiz) = quiz else { return html! {} };
    let state = quiz.state();
    let Some(plan) = state.progress.plan.as_ref() else { return html! {} };
    let text = quiz.text;
    let t = &text.plan;
    // The plan was made from the latest finished quiz.
    let answers = state.progress.history.last().map_or(&state.progress.answers, |h| &h.answers);
    let focus_line = markdown::focus_line(text, &score(answers));
    let tally = state.progress.tracking.overall_tally(plan);
    let done_text = fill(t.done_of, &[("done", &tally.done.to_string()), ("total", &tally.total.to_string())]);

    // A file the browser refuses to make gets a kind notice, never silence.
    let offer = {
        let quiz = quiz.clone();
        move |name: &str, mime: &str, contents: &str| {
            if offer_file(name, mime, contents).is_err() {
                quiz.dispatch(Action::Notify(Notice::DownloadFailed));
            }
        }
    };
    let on_markdown = {
        let (plan, tracking, focus, offer) = (plan.clone(), state.progress.tracking.clone(), focus_line.clone(), offer.clone());
        Callback::from(move |_: MouseEvent| {
            let md = markdown::plan_markdown(&plan, &tracking, text, &focus);
            offer(&format!("{}.md", text.plan.file_name), "text/markdown;charset=utf-8", &md);
        })
    };
    let on_calendar = {
        let plan = plan.clone();
        Callback::from(move |_: MouseEvent| {
            let ics = plan_calendar(&plan, text, now_utc());
            offer(&format!("{}.ics", text.plan.file_name), "text/calendar;charset=utf-8", &ics);
        })
    };
    let history = state.progress.history.len();
    let ended = at_end(plan, state.today);
    html! {
        <section class="ic-screen ic-plan">
            <h2 class="ic-title" tabindex="-1" ref={quiz.focus.clone()}>{ t.title }</h2>
            <p>{ markdown::summary(text, plan) }{ " " }
                if plan.for_two.is_some() { { text.partner.made_for_two } } else { { focus_line } }
            </p>
            <div class="ic-plan-progress">
                <p><strong>{ t.progress_label }{ ": " }</strong>{ done_text.clone() }</p>
                <Meter label={t.progress_label} value={tally.done} max={tally.total} text={done_text} />
            </div>
            <TodaySection />
            if ended {
                { plan_end(&quiz) }
            }
            { for (0..plan.weeks.len()).map(|w| html! { <WeekSection key={w} week={w} /> }) }
            <div class="ic-take-it ic-no-print">
                <h3>{ t.take_it_title }</h3>
                <div class="ic-actions">
                    <button type="button" class="ic-button ic-secondary" onclick={Callback::from(|_: MouseEvent| print())}>
                        { t.print }
                    </button>
                    <button type="button" class="ic-button ic-secondary" onclick={on_markdown}>
                        { t.download_markdown }
                    </button>
                    <button type="button" class="ic-button ic-secondary" onclick={on_calendar}>
                        { t.download_calendar }
                    </button>
                </div>
            </div>
            <div class="ic-plan-more ic-no-print">
                if let Some(message) = state.plan_message {
                    <p class="ic-message" role="status">{ text.plan_message(message) }</p>
                }
                <Confirm open={state.confirming_different} name="different" label={t.different_plan}
                    button_class="ic-secondary" question={t.confirm_different} keep={t.confirm_different_no}
                    yes={t.confirm_different_yes} ask={Action::DifferentPlan} cancel={Action::CancelDifferentPlan}
                    confirm={Action::ConfirmDifferentPlan} />
                <div class="ic-actions">
                    <button type="button" class="ic-button ic-secondary" onclick={quiz.on(Action::ShowResults)}>
                        { t.see_results }
                    </button>
                    if history > 1 {
                        <button type="button" class="ic-button ic-secondary"
                            onclick={quiz.on(Action::Compare(history - 2))}>
                            { t.compare }
                        </button>
                    }
                    <button type="button" class="ic-button ic-secondary" onclick={quiz.on(Action::ShowPartner)}>
                        { text.partner.open }
                    </button>
                </div>
                if !ended {
                    <div class="ic-retake">
                        <button type="button" class="ic-button ic-secondary" onclick={quiz.on(Action::Retake)}>
                            { t.retake }
                        </button>
                        <p class="ic-note">{ t.retake_note }</p>
                    </div>
                }
                <HelpPanel />
                <Restart />
            </div>
        </section>
    }
}
