//! The rebuild plan as a visitor comes back to it each day: whole-plan progress, then
//! Today, the end of the plan once it comes, the weeks (this week open, the others folded),
//! ways to take it away (print, Markdown, calendar), and what else they can do.

use yew::prelude::*;

use super::{action_button, help_panel, meter, plan_end, restart, take_it_with_you, week_section, Confirm, TodaySection};
use crate::quiz::Quiz;
use crate::core::words::{done_of, plan_lead, plan_message};
use crate::core::plan::today::at_end;
use crate::core::scoring::score;
use crate::core::state::Action;

/// A plain function: it has no hooks of its own.
pub fn plan_screen(quiz: &Quiz) -> Html {
    let state = quiz.state();
    let Some(plan) = state.progress.plan.as_ref() else { return html! {} };
    let text = quiz.text;
    let t = &text.plan;
    // The plan was made from the latest finished quiz.
    let lead = plan_lead(text, plan, &score(state.own_answers()));
    let safety = &text.safety;
    let tally = state.progress.tracking.overall_tally(plan);
    let done_text = done_of(text, tally);

    let history = state.progress.history.len();
    let ended = at_end(plan, state.today);
    html! {
        <section key="plan" class="ic-screen ic-plan">
            <h2 class="ic-title" tabindex="-1" ref={quiz.focus.clone()}>{ t.title }</h2>
            <p>{ lead }</p>
            if state.plan_needs_care() {
                <div class="ic-safety-note ic-no-print">
                    <p>{ safety.plan_remake }</p>
                    <div class="ic-actions">
                        { action_button(&quiz, "ic-button ic-primary", Action::MakePlan, safety.plan_remake_button) }
                    </div>
                </div>
            }
            <div class="ic-plan-progress">
                <p><strong>{ t.progress_label }{ ": " }</strong>{ done_text.clone() }</p>
                { meter(t.progress_label.into(), tally.done, tally.total, done_text.into()) }
            </div>
            <TodaySection />
            if ended {
                { plan_end(&quiz) }
            }
            { for (0..plan.weeks.len()).map(|w| week_section(quiz, w)) }
            { take_it_with_you(&quiz) }
            <div class="ic-plan-more ic-no-print">
                if let Some(message) = state.plan_message {
                    <p class="ic-message" role="status">{ plan_message(text, message) }</p>
                }
                <Confirm open={state.confirming_different} name="different" label={t.different_plan}
                    button_class="ic-secondary" question={t.confirm_different} keep={t.confirm_different_no}
                    yes={t.confirm_different_yes} ask={Action::DifferentPlan} cancel={Action::CancelDifferentPlan}
                    confirm={Action::ConfirmDifferentPlan} />
                <div class="ic-actions">
                    { action_button(&quiz, "ic-button ic-secondary", Action::ShowResults, t.see_results) }
                    if history > 1 {
                        { action_button(&quiz, "ic-button ic-secondary", Action::Compare(history - 2), t.compare) }
                    }
                    if !state.afraid() {
                        { action_button(&quiz, "ic-button ic-secondary", Action::ShowPartner, text.partner.open) }
                    }
                </div>
                if !ended {
                    <div class="ic-retake">
                        { action_button(&quiz, "ic-button ic-secondary", Action::Retake, t.retake) }
                        <p class="ic-note">{ t.retake_note }</p>
                    </div>
                }
                { help_panel(&quiz) }
                { restart(&quiz) }
            </div>
        </section>
    }
}
