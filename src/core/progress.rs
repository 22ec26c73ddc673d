//! What the visitor has done so far: the part of the state that is saved, and how two
//! copies of it (this widget's and another tab's) are joined.

use crate::core::answer::Answers;
use crate::core::lang::Lang;
use crate::core::date::Date;
use crate::core::partner::PartnerData;
use crate::core::plan::choices::PlanChoices;
use crate::core::plan::reminder::Reminder;
use crate::core::plan::tracking::PlanTracking;
use crate::core::plan::RebuildPlan;
use crate::core::scoring::{score, Results};

/// Which screen the visitor is on. Steps are state, not routes: the widget never touches
/// the host page's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// The question at this position in the bank.
    Question(usize),
    Results,
    Plan,
    /// Earlier results next to the latest.
    Compare,
    /// Partner comparison: codes, and both views side by side.
    Partner,
}

/// One finished quiz, kept so progress shows on a retake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompletedQuiz {
    /// When it was finished; `None` for results saved before dates were kept.
    pub date: Option<Date>,
    pub answers: Answers,
}

impl CompletedQuiz {
    pub fn results(&self) -> Results {
        score(&self.answers)
    }
}

/// What the visitor has done so far: the part of the state that is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub answers: Answers,
    pub screen: Screen,
    /// True once the current answers reached the results, so the intro can offer them again.
    pub finished: bool,
    /// Every finished quiz, oldest first.
    pub history: Vec<CompletedQuiz>,
    /// True when the last entry of `history` is the current answers (changing an answer
    /// and finishing again updates it instead of adding another).
    pub in_history: bool,
    /// The plan form's values, kept for next time.
    pub choices: PlanChoices,
    pub plan: Option<RebuildPlan>,
    pub tracking: PlanTracking,
    /// Goes up each time the visitor deliberately clears answers (retake, start again), so
    /// another tab can tell a deliberate clear from answers it has not seen yet.
    pub round: u32,
    /// What the visitor's partner shared, if they entered a code.
    pub partner: Option<PartnerData>,
    /// The language the visitor chose with the widget's switch (`langs`), if any.
    pub lang: Option<Lang>,
    /// Reminders in the calendar file: off unless the visitor sets a time.
    pub reminder: Reminder,
}

impl Progress {
    /// The answers of the latest finished quiz (the current ones before the first): what
    /// the results, the plan and a partner code stand on.
    pub fn latest_answers(&self) -> &Answers {
        self.history.last().map_or(&self.answers, |h| &h.answers)
    }

    /// True while a visitor who finished the quiz answers statements added to it since: their
    /// results wait until those are answered, and only those are asked.
    pub fn catching_up(&self) -> bool {
        self.in_history && !self.finished
    }

    /// True when there is nothing of the visitor's in it: no answer, result or plan.
    pub fn is_empty(&self) -> bool {
        self.answers.is_empty() && self.history.is_empty() && self.plan.is_none()
    }

    /// Takes in what another tab or widget saved, losing nothing answered here: answers are
    /// joined (the newer save wins where both answered), ticks and notes too. A save from a
    /// later round (a deliberate clear elsewhere) replaces this one; an older one is ignored.
    /// The screen stays where the visitor is. Returns whether anything changed.
    pub fn merge_from(&mut self, incoming: &Progress) -> bool {
        let before = self.clone();
        if incoming.round > self.round {
            let screen = self.screen;
            *self = incoming.clone();
            self.screen = screen;
        } else if incoming.round == self.round {
            self.merge_same_round(incoming);
        }
        // A screen that no longer has anything to show falls back to the results.
        let gone = match self.screen {
            Screen::Plan => self.plan.is_none(),
            Screen::Compare => self.history.len() < 2,
            Screen::Results => !self.finished,
            _ => false,
        };
        if gone {
            self.screen = if self.finished { Screen::Results } else { Screen::Intro };
        }
        *self != before
    }

    fn merge_same_round(&mut self, incoming: &Progress) {
        let mut answers = incoming.answers.clone();
        answers.merge_missing_from(&self.answers);
        self.answers = answers;
        if incoming.history.len() >= self.history.len() {
            self.history = incoming.history.clone();
            self.in_history = incoming.in_history;
        }
        self.finished |= incoming.finished;
        if incoming.partner.is_some() {
            self.partner = incoming.partner.clone();
        }
        if incoming.lang.is_some() {
            self.lang = incoming.lang;
        }
        // A preference, not an answer: the newer save's, once it set one.
        if incoming.reminder != Reminder::default() {
            self.reminder = incoming.reminder;
        }
        self.choices = incoming.choices.clone();
        match (&self.plan, &incoming.plan) {
            // Only the dates differ after "Start again from today": keep the later start.
            (Some(mine), Some(theirs)) if mine.same_activities(theirs) => {
                let dates = theirs.resumed_later_than(mine).then(|| theirs.resumed.clone());
                let mut tracking = incoming.tracking.clone();
                for key in &self.tracking.done {
                    tracking.add_done(key);
                }
                for (week, note) in &self.tracking.notes {
                    if !tracking.has_note(*week) {
                        tracking.put_note(*week, note.clone());
                    }
                }
                self.tracking = tracking;
                if let (Some(plan), Some(dates)) = (self.plan.as_mut(), dates) {
                    plan.resumed = dates;
                }
            }
            (_, Some(theirs)) => {
                self.plan = Some(theirs.clone());
                self.tracking = incoming.tracking.clone();
            }
            (_, None) => {}
        }
    }
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            answers: Answers::new(),
            screen: Screen::Intro,
            finished: false,
            history: Vec::new(),
            in_history: false,
            choices: PlanChoices::default(),
            plan: None,
            tracking: PlanTracking::default(),
            round: 0,
            partner: None,
            lang: None,
            reminder: Reminder::default(),
        }
    }
}
