//! The rebuild plan: the form, making and changing the plan, ticks and notes.

use super::Outcome;
use crate::core::plan::generate::{different, generate};
use crate::core::plan::shift::{restart_from_today, restart_point};
use crate::core::plan::tracking::PlanTracking;
use crate::core::plan::RebuildPlan;
use crate::core::partner::compare::results_from_scores;
use crate::core::plan::choices::PlanChoices;
use crate::core::plan::reminder::Reminder;
use crate::core::safety::Care;
use crate::core::scoring::{score, Results};
use crate::core::state::{Action, Effect, Export, HostEvent, PlanMessage, Screen, State};

impl State {
    /// The plan form, making and changing the plan, ticks and notes.
    pub(super) fn plan(&mut self, action: Action, fx: &mut Vec<Effect>) -> Outcome {
        let form = matches!(action, Action::SetWeeks(_) | Action::SetMinutes(_) | Action::SetKind { .. } | Action::SetPartner(_));
        let p = &mut self.progress;
        let choices = &mut p.choices;
        match action {
            Action::SetWeeks(w) => choices.weeks = w,
            Action::SetMinutes(m) => choices.minutes_per_day = m,
            Action::SetKind { kind, open: true } => drop(choices.kinds.insert(kind)),
            Action::SetKind { kind, open: false } => drop(choices.kinds.remove(&kind)),
            Action::SetPartner(partner) => choices.partner = partner,
            Action::ReminderTime(time) => p.reminder.at = Reminder::parse_time(&time),
            Action::ReminderBefore(before) => p.reminder = Reminder { before, ..p.reminder }.normalised(),
            Action::ReminderNamed(named) => p.reminder.named = named,
            Action::MakePlan => {
                self.make_plan(fx);
                return Some(());
            }
            Action::DifferentPlan if !p.tracking.done.is_empty() => self.confirming_different = true,
            Action::DifferentPlan | Action::ConfirmDifferentPlan => {
                self.confirming_different = false;
                self.different_plan();
            }
            Action::CancelDifferentPlan => self.confirming_different = false,
            Action::Tick { week, activity, day, done } => {
                let scheduled =
                    p.plan.as_ref()?.weeks.get(week)?.items.iter().any(|i| i.activity == activity && i.days.contains(&day));
                scheduled.then_some(())?;
                p.tracking.set_done(week, &activity, day, done);
            }
            Action::Note { week, text } => {
                (usize::from(week) < p.plan.as_ref()?.weeks.len()).then_some(())?;
                p.tracking.set_note(week, &text);
            }
            Action::ShowPlan => {
                p.plan.as_ref()?;
                p.screen = Screen::Plan;
            }
            Action::AskRestartPlanFromToday => {
                restart_point(p.plan.as_ref()?, &p.tracking, self.today)?;
                self.confirming_plan_restart = true;
            }
            Action::CancelRestartPlanFromToday => self.confirming_plan_restart = false,
            Action::ConfirmRestartPlanFromToday => {
                self.confirming_plan_restart.then_some(())?;
                self.confirming_plan_restart = false;
                if let Some(plan) = restart_from_today(p.plan.as_ref()?, &p.tracking, self.today) {
                    p.plan = Some(plan);
                }
            }
            Action::Today(date) => self.today = date,
            // The answers need a finished quiz; the plan's files need a plan.
            Action::Download(Export::Counsellor) => {
                (p.finished || !p.history.is_empty()).then_some(())?;
                fx.push(Effect::Download(Export::Counsellor));
            }
            Action::Download(export) => {
                p.plan.as_ref()?;
                fx.push(Effect::Download(export));
            }
            Action::CounsellorSafety(include) => self.counsellor_safety = include,
            Action::PrintAnswers => {
                (p.finished || !p.history.is_empty()).then_some(())?;
                self.printing_answers = true;
                fx.push(Effect::Print);
            }
            Action::Print => {
                p.plan.as_ref()?;
                fx.push(Effect::Print);
            }
            _ => return None,
        }
        if form {
            // Keep the choices valid; the old "why not" no longer applies.
            self.progress.choices = self.progress.choices.clone().normalised();
            self.plan_message = None;
        }
        Some(())
    }


    fn make_plan(&mut self, fx: &mut Vec<Effect>) {
        let care = self.care();
        let (results, choices) = (score(&self.progress.answers), care.choices(&self.progress.choices));
        self.make_plan_from(&results, choices, care, None, fx);
    }

    /// Makes a plan from `results` (for two: the combined view, kept with the plan).
    pub(super) fn make_plan_from(
        &mut self,
        results: &Results,
        choices: PlanChoices,
        care: Care,
        for_two: Option<Vec<Option<u8>>>,
        fx: &mut Vec<Effect>,
    ) {
        let p = &mut self.progress;
        match generate(results, &choices, care, 0) {
            Ok(weeks) => {
                p.plan = Some(RebuildPlan { start: self.today, choices, seed: 0, weeks, for_two, resumed: Vec::new() });
                p.tracking = PlanTracking::default();
                p.screen = Screen::Plan;
                self.plan_message = None;
                fx.push(Effect::Announce(HostEvent::PlanCreated));
            }
            Err(problem) => self.plan_message = Some(PlanMessage::Problem(problem)),
        }
    }

    fn different_plan(&mut self) {
        let care = self.care();
        let own = score(self.own_answers());
        let p = &mut self.progress;
        let Some(plan) = p.plan.as_mut() else { return };
        // The plan is for the results it was made from: the latest finished quiz, or for two,
        // the combined view. A visitor who may not be safe gets a plan for themself alone.
        let (results, for_two) = match &plan.for_two {
            Some(scores) if care != Care::Safety => (results_from_scores(scores), Some(scores.clone())),
            _ => (own, None),
        };
        let choices = care.choices(&plan.choices);
        match different(&results, &choices, care, plan.seed, &plan.weeks) {
            Some((seed, weeks)) => {
                plan.seed = seed;
                plan.weeks = weeks;
                plan.choices = choices;
                plan.for_two = for_two;
                // Ticks belong to the old plan; notes are about the visitor's weeks and stay.
                p.tracking.done.clear();
                self.plan_message = None;
            }
            None => self.plan_message = Some(PlanMessage::OnlyOnePlan),
        }
    }
}
