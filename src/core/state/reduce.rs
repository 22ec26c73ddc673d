//! The one pure function that changes the state, [`State::step`], and its branches: the
//! quiz, the plan, privacy, and news from storage. No I/O happens here; what must happen
//! outside comes back as [`Effect`]s.

mod news;
mod partner;
mod plan;
mod privacy;

pub use privacy::check_new_passphrase;
mod quiz;

use super::action::Action;
use super::effect::Effect;
use super::{Lock, Screen, State};

/// What a branch says: `None` refuses the action (nothing changes).
type Outcome = Option<()>;

impl State {
    /// The next state (`None` when nothing changed, so the view can skip a render) and the
    /// effects for the shell, in order.
    pub fn step(&self, action: Action) -> (Option<State>, Vec<Effect>) {
        let by_visitor = action.is_visitors();
        let mut fx = Vec::new();
        let next = self.apply(action, &mut fx);
        let after = next.as_ref().unwrap_or(self);
        let view = |s: &State| (s.screen(), s.lock == Lock::NeedsPassphrase);
        if by_visitor && view(after) != view(self) {
            fx.push(Effect::Focus);
        }
        // Every change is saved at once; so is a lock change (locking writes encrypted).
        if after.may_save() && (after.progress != self.progress || after.lock != self.lock || !self.may_save()) {
            fx.push(Effect::Save);
        }
        (next, fx)
    }

    /// The next state alone, for callers that need no effects.
    pub fn reduce(&self, action: Action) -> Option<State> {
        self.step(action).0
    }

    /// What the shell does as soon as the widget is shown: write what was loaded (a salvaged
    /// save replaces the damaged one, whose original is already backed up).
    pub fn first_effects(&self) -> Vec<Effect> {
        if self.may_save() {
            vec![Effect::Save]
        } else {
            Vec::new()
        }
    }

    fn apply(&self, action: Action, fx: &mut Vec<Effect>) -> Option<State> {
        if self.exited {
            return None;
        }
        let mut next = self.clone();
        match action {
            a @ (Action::Start
            | Action::Choose { .. }
            | Action::Next
            | Action::Back
            | Action::ChangeAnswers
            | Action::SafetyCheck
            | Action::AskRestart
            | Action::CancelRestart
            | Action::ConfirmRestart
            | Action::ShowResults
            | Action::Retake
            | Action::Compare(_)) => next.quiz(a, fx)?,
            a @ (Action::SetWeeks(_)
            | Action::ReminderTime(_)
            | Action::ReminderBefore(_)
            | Action::ReminderNamed(_)
            | Action::CounsellorSafety(_)
            | Action::PrintAnswers
            | Action::SetMinutes(_)
            | Action::SetKind { .. }
            | Action::SetPartner(_)
            | Action::MakePlan
            | Action::DifferentPlan
            | Action::CancelDifferentPlan
            | Action::ConfirmDifferentPlan
            | Action::Tick { .. }
            | Action::Note { .. }
            | Action::ShowPlan
            | Action::AskRestartPlanFromToday
            | Action::CancelRestartPlanFromToday
            | Action::ConfirmRestartPlanFromToday
            | Action::Today(_)
            | Action::Download(_)
            | Action::Print) => next.plan(a, fx)?,
            a @ (Action::Sync(_)
            | Action::News(_)
            | Action::Saved(_)
            | Action::Retry(_)
            | Action::DeletedElsewhere
            | Action::LockShared(_)
            | Action::LockRemovedElsewhere(_)) => next.storage(a, fx)?,
            a @ (Action::ShowPartner
            | Action::EnterPartnerCode(_)
            | Action::PartnerLink { .. }
            | Action::PartnerName(_)
            | Action::KeepPartner(_)
            | Action::ForgetPartner
            | Action::MakeOurPlan
            | Action::ShareAnswers(_)
            | Action::Copy { .. }
            | Action::Copied(_)
            | Action::QrDrawn(_)) => next.partner(a, fx)?,
            // A preference kept with the progress: saved, and kept on "Start again".
            Action::ChooseLang(lang) => next.progress.lang = Some(lang),
            a => next.privacy(a, fx)?,
        }
        // The results print as the page for a counsellor only after it was asked for, and only
        // while they are on screen.
        if next.screen() != Screen::Results {
            next.printing_answers = false;
        }
        (next != *self).then_some(next)
    }
}
