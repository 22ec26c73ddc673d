//! The widget's state and the one pure function that changes it.
//!
//! Views dispatch [`Action`]s; [`State::reduce`] returns the next state, or `None` when the
//! action changes nothing (so the view can skip a re-render). No I/O happens here: loading
//! and saving are the storage module's job, and "today" is handed in by the browser layer.

use serde::{Deserialize, Serialize};

use super::answer::{Answer, Answers};
use super::bank::QUESTION_COUNT;
use super::date::Date;
use super::plan::activity::Kind;
use super::plan::choices::{Partner, PlanChoices};
use super::plan::generate::{different, generate, PlanProblem};
use super::plan::shift::{restart_from_today, restart_point};
use super::plan::today::at_end;
use super::plan::tracking::PlanTracking;
use super::plan::RebuildPlan;
use super::scoring::{score, Results};

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
}

/// One finished quiz, kept so progress shows on a retake.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
}

impl Progress {
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
            let mut answers = incoming.answers.clone();
            answers.merge_missing_from(&self.answers);
            self.answers = answers;
            if incoming.history.len() >= self.history.len() {
                self.history = incoming.history.clone();
                self.in_history = incoming.in_history;
            }
            self.finished |= incoming.finished;
            self.choices = incoming.choices.clone();
            match (&self.plan, &incoming.plan) {
                // Only the dates differ after "Start again from today": keep the later start.
                (Some(mine), Some(theirs)) if mine.same_activities(theirs) => {
                    let dates = theirs.resumed_later_than(mine).then(|| theirs.resumed.clone());
                    let mut tracking = incoming.tracking.clone();
                    tracking.done.extend(self.tracking.done.iter().cloned());
                    for (week, note) in &self.tracking.notes {
                        tracking.notes.entry(*week).or_insert_with(|| note.clone());
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
        }
    }
}

/// Something the visitor should know about their saved answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Part of the saved answers could not be read; the rest were kept.
    Salvaged,
    /// The saved answers could not be read at all; a copy was kept aside.
    Unreadable,
    /// The answers were saved by a newer version of the widget and are left untouched.
    Newer,
    /// This browser does not let the widget save: answers last until the tab closes.
    NotSaving,
    /// The visitor chose not to save on this device.
    Private,
}

/// Whether the saved data is protected by a passphrase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lock {
    /// No passphrase.
    #[default]
    Off,
    /// The saved data is locked and this widget does not have the passphrase yet.
    NeedsPassphrase,
    /// Locked, and unlocked in this widget: every save is encrypted.
    On,
}

/// A short answer to something the visitor did in the privacy panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrivacyMessage {
    Deleted,
    LockOn,
    LockOff,
    WrongPassphrase,
    TooShort,
    Mismatch,
    /// This browser cannot encrypt (no WebCrypto, e.g. a page not served over https).
    NoCrypto,
}

/// Something worth telling the host page, without any answer or score in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HostEvent {
    QuizCompleted,
    PlanCreated,
    /// The visitor used quick exit.
    Exit,
}

impl HostEvent {
    /// The DOM event's name, after the `intimacy-check:` prefix.
    pub fn name(self) -> &'static str {
        match self {
            HostEvent::QuizCompleted => "quiz-completed",
            HostEvent::PlanCreated => "plan-created",
            HostEvent::Exit => "exit",
        }
    }
}

/// Why the last plan request did not give a new plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanMessage {
    Problem(PlanProblem),
    /// "Show me a different plan" found no other plan that fits the choices.
    OnlyOnePlan,
}

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub progress: Progress,
    /// The "Start again?" question is open.
    pub confirming_restart: bool,
    /// The "Show a different plan?" question is open.
    pub confirming_different: bool,
    /// A message about saving, shown until the visitor closes it.
    pub notice: Option<Notice>,
    /// Why the plan could not be made, shown by the plan form.
    pub plan_message: Option<PlanMessage>,
    /// Which earlier result the comparison shows (index into the history).
    pub compare_with: Option<usize>,
    /// The visitor's today, from the browser.
    pub today: Date,
    /// How many host events have happened, and the latest; the view announces each once.
    pub events: u32,
    pub last_event: Option<HostEvent>,
    pub lock: Lock,
    /// Answers live only in memory (chosen by the visitor, or the browser will not save).
    pub private: bool,
    /// The "Delete everything?" question is open.
    pub confirming_delete: bool,
    /// How many times the visitor deleted everything; the storage layer acts on each once.
    pub deletions: u32,
    pub privacy_message: Option<PrivacyMessage>,
    /// Quick exit was used: show nothing more.
    pub exited: bool,
    /// The "Start again from today?" question is open.
    pub confirming_plan_restart: bool,
    /// Saved data must not be written over (it is from a newer version, or could not be
    /// backed up): changes are kept in memory only.
    pub read_only: bool,
    /// Goes up each time the visitor's own action changes what is shown, so the view moves
    /// focus then, and never when another tab or widget changed something.
    pub focus_requests: u32,
}

impl Default for State {
    fn default() -> Self {
        State::new(Progress::default(), None, Date::from_days(0))
    }
}

/// What the visitor (or the storage layer) asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Begin the quiz from the intro, or carry on where they left off.
    Start,
    /// Choose an answer for the question at a position.
    Choose { question: usize, answer: Answer },
    /// Go on from the current question (answered or skipped).
    Next,
    /// Go back one step.
    Back,
    /// From the results, go back to the questions to change answers.
    ChangeAnswers,
    /// Open, cancel and confirm the "Start again?" question.
    AskRestart,
    CancelRestart,
    ConfirmRestart,
    /// Show a notice about saving (the storage layer found a problem).
    Notify(Notice),
    /// Close the notice.
    DismissNotice,
    /// The plan form.
    SetWeeks(u8),
    SetMinutes(u8),
    SetKind { kind: Kind, open: bool },
    SetPartner(Partner),
    /// Make a plan from the latest results and the form's choices.
    MakePlan,
    /// Another valid plan for the same results and choices (asks first when ticks would go).
    DifferentPlan,
    CancelDifferentPlan,
    ConfirmDifferentPlan,
    /// Tick or untick one planned occurrence.
    Tick { week: usize, activity: String, day: u8, done: bool },
    /// Write a week's note.
    Note { week: u8, text: String },
    ShowPlan,
    ShowResults,
    /// Take the quiz again, keeping the plan and earlier results.
    Retake,
    /// Compare an earlier result (index into the history) with the latest.
    Compare(usize),
    /// Take in what another tab or widget with the same storage saved.
    Sync(Box<Progress>),
    /// Start without saving anything on this device.
    StartPrivate,
    /// Open, cancel and confirm "Delete everything?".
    AskDelete,
    CancelDelete,
    ConfirmDelete,
    /// Another tab deleted everything.
    DeletedElsewhere,
    /// The saved data turned out to be locked (on load, or locked in another tab).
    NeedPassphrase,
    /// The passphrase opened the saved data.
    Unlocked(Box<Progress>),
    /// The saved data is now locked with a passphrase (in this widget).
    LockedNow,
    /// The lock was removed.
    Unlock,
    /// Tell the visitor how their privacy request went.
    Privacy(PrivacyMessage),
    /// Storage works again after failing.
    StorageBack,
    /// Start over from a whole new state (the widget was pointed at other saved data).
    Load(Box<State>),
    /// Another widget on this page locked (`true`) or unlocked the shared data.
    LockShared(bool),
    /// Another tab removed the lock and saved this readable progress.
    LockRemovedElsewhere(Box<Progress>),
    /// Leave at once.
    QuickExit,
    /// Open, cancel and confirm "Start again from today?" (the plan's missed days).
    AskRestartPlanFromToday,
    CancelRestartPlanFromToday,
    ConfirmRestartPlanFromToday,
    /// The visitor's calendar date changed (midnight, or a new time zone).
    Today(Date),
}

impl State {
    pub fn new(progress: Progress, notice: Option<Notice>, today: Date) -> Self {
        State {
            progress,
            confirming_restart: false,
            confirming_different: false,
            notice,
            plan_message: None,
            compare_with: None,
            today,
            events: 0,
            last_event: None,
            lock: Lock::Off,
            private: false,
            confirming_delete: false,
            deletions: 0,
            privacy_message: None,
            exited: false,
            confirming_plan_restart: false,
            read_only: notice == Some(Notice::Newer),
            focus_requests: 0,
        }
    }

    pub fn screen(&self) -> Screen {
        self.progress.screen
    }

    pub fn answers(&self) -> &Answers {
        &self.progress.answers
    }

    /// The results of the current answers.
    pub fn results(&self) -> Results {
        score(&self.progress.answers)
    }

    /// The earlier result the comparison screen shows, and the latest.
    pub fn comparison(&self) -> Option<(usize, &CompletedQuiz, &CompletedQuiz)> {
        let h = &self.progress.history;
        let latest = h.last()?;
        let before = self.compare_with.filter(|&i| i + 1 < h.len()).or(h.len().checked_sub(2))?;
        Some((before, &h[before], latest))
    }

    /// Whether changes may be written to storage now.
    pub fn may_save(&self) -> bool {
        !self.private && !self.exited && !self.read_only && self.lock != Lock::NeedsPassphrase
    }

    /// The next state, or `None` if `action` changes nothing.
    pub fn reduce(&self, action: Action) -> Option<State> {
        let by_visitor = !matches!(
            action,
            Action::Notify(_)
                | Action::Sync(_)
                | Action::Load(_)
                | Action::DeletedElsewhere
                | Action::NeedPassphrase
                | Action::LockShared(_)
                | Action::LockRemovedElsewhere(_)
                | Action::StorageBack
                | Action::Today(_)
        );
        let mut next = self.apply(action)?;
        let view = |s: &State| (s.screen(), s.lock == Lock::NeedsPassphrase);
        if by_visitor && view(&next) != view(self) {
            next.focus_requests = self.focus_requests.wrapping_add(1);
        }
        Some(next)
    }

    fn apply(&self, action: Action) -> Option<State> {
        if self.exited {
            return None;
        }
        let mut next = self.clone();
        let p = &mut next.progress;
        match action {
            Action::Start => {
                let next_open = p.answers.first_unanswered();
                if p.finished || (next_open.is_none() && !p.answers.is_empty()) {
                    next.finish_quiz();
                } else {
                    p.screen = Screen::Question(next_open.unwrap_or(0));
                }
            }
            Action::Choose { question, answer } => {
                if question >= QUESTION_COUNT {
                    return None;
                }
                p.answers.set(question, answer);
            }
            Action::Next => match p.screen {
                Screen::Question(q) if q + 1 < QUESTION_COUNT => p.screen = Screen::Question(q + 1),
                Screen::Question(_) => {
                    next.finish_quiz();
                    next.announce(HostEvent::QuizCompleted);
                    // A retake once the plan is over goes straight to what changed.
                    let retake = !self.progress.history.is_empty() && next.progress.history.len() > self.progress.history.len();
                    if retake && next.progress.plan.as_ref().is_some_and(|plan| at_end(plan, self.today)) {
                        next.compare_with = None;
                        next.progress.screen = Screen::Compare;
                    }
                }
                _ => return None,
            },
            Action::Back => match p.screen {
                Screen::Question(0) => p.screen = Screen::Intro,
                Screen::Question(q) => p.screen = Screen::Question(q - 1),
                Screen::Results => p.screen = Screen::Question(QUESTION_COUNT - 1),
                Screen::Plan | Screen::Compare => p.screen = Screen::Results,
                Screen::Intro => return None,
            },
            Action::ChangeAnswers => {
                if p.screen != Screen::Results {
                    return None;
                }
                p.screen = Screen::Question(0);
            }
            Action::AskRestart => next.confirming_restart = true,
            Action::CancelRestart => next.confirming_restart = false,
            Action::ConfirmRestart => {
                if !self.confirming_restart {
                    return None;
                }
                let round = self.progress.round + 1;
                next = State::new(Progress { round, ..Progress::default() }, self.notice, self.today);
            }
            Action::Notify(notice) => {
                next.notice = Some(notice);
                next.read_only |= notice == Notice::Newer;
            }
            Action::DismissNotice => next.notice = None,
            Action::SetWeeks(w) => {
                p.choices.weeks = w;
                p.choices = p.choices.clone().normalised();
                next.plan_message = None;
            }
            Action::SetMinutes(m) => {
                p.choices.minutes_per_day = m;
                p.choices = p.choices.clone().normalised();
                next.plan_message = None;
            }
            Action::SetKind { kind, open } => {
                if open {
                    p.choices.kinds.insert(kind);
                } else {
                    p.choices.kinds.remove(&kind);
                }
                next.plan_message = None;
            }
            Action::SetPartner(partner) => {
                p.choices.partner = partner;
                next.plan_message = None;
            }
            Action::MakePlan => next.make_plan(),
            Action::DifferentPlan if !p.tracking.done.is_empty() => next.confirming_different = true,
            Action::DifferentPlan | Action::ConfirmDifferentPlan => {
                next.confirming_different = false;
                next.different_plan();
            }
            Action::CancelDifferentPlan => next.confirming_different = false,
            Action::Tick { week, activity, day, done } => {
                let plan = p.plan.as_ref()?;
                let scheduled = plan
                    .weeks
                    .get(week)?
                    .items
                    .iter()
                    .any(|i| i.activity == activity && i.days.contains(&day));
                if !scheduled {
                    return None;
                }
                p.tracking.set_done(week, &activity, day, done);
            }
            Action::Note { week, text } => {
                if usize::from(week) >= p.plan.as_ref()?.weeks.len() {
                    return None;
                }
                p.tracking.set_note(week, &text);
            }
            Action::ShowPlan => {
                p.plan.as_ref()?;
                p.screen = Screen::Plan;
            }
            Action::ShowResults => {
                if !p.finished {
                    return None;
                }
                p.screen = Screen::Results;
            }
            Action::Retake => {
                p.round += 1;
                p.answers = Answers::new();
                p.finished = false;
                p.in_history = false;
                p.screen = Screen::Question(0);
                next.compare_with = None;
            }
            Action::Compare(i) => {
                if p.history.len() < 2 || i + 1 >= p.history.len() {
                    return None;
                }
                next.compare_with = Some(i);
                next.progress.screen = Screen::Compare;
            }
            Action::Sync(incoming) => {
                if self.lock == Lock::NeedsPassphrase || !p.merge_from(&incoming) {
                    return None;
                }
            }
            Action::StartPrivate => {
                next.private = true;
                next.notice = Some(Notice::Private);
                return next.apply(Action::Start).or(Some(next));
            }
            Action::Load(state) => next = *state,
            Action::LockShared(on) => {
                if self.lock == Lock::NeedsPassphrase && !on {
                    return None;
                }
                next.lock = if on { Lock::On } else { Lock::Off };
            }
            Action::LockRemovedElsewhere(incoming) => {
                if self.lock == Lock::NeedsPassphrase {
                    next.progress = Progress { screen: Screen::Intro, ..*incoming };
                } else {
                    next.progress.merge_from(&incoming);
                }
                next.lock = Lock::Off;
            }
            Action::AskDelete => next.confirming_delete = true,
            Action::CancelDelete => next.confirming_delete = false,
            Action::ConfirmDelete => {
                if !self.confirming_delete {
                    return None;
                }
                next = self.cleared();
                next.deletions = self.deletions.wrapping_add(1);
            }
            Action::DeletedElsewhere => {
                if self.private {
                    return None;
                }
                next = self.cleared();
            }
            Action::NeedPassphrase => {
                if self.private {
                    return None;
                }
                next.lock = Lock::NeedsPassphrase;
                next.progress = Progress::default();
            }
            Action::Unlocked(progress) => {
                next.progress = *progress;
                next.lock = Lock::On;
                next.privacy_message = None;
            }
            Action::LockedNow => {
                next.lock = Lock::On;
                next.privacy_message = Some(PrivacyMessage::LockOn);
            }
            Action::Unlock => {
                if self.lock != Lock::On {
                    return None;
                }
                next.lock = Lock::Off;
                next.privacy_message = Some(PrivacyMessage::LockOff);
            }
            Action::Privacy(message) => next.privacy_message = Some(message),
            Action::StorageBack => {
                if self.notice != Some(Notice::NotSaving) {
                    return None;
                }
                next.notice = None;
            }
            Action::QuickExit => {
                next.exited = true;
                next.announce(HostEvent::Exit);
            }
            Action::AskRestartPlanFromToday => {
                restart_point(p.plan.as_ref()?, &p.tracking, self.today)?;
                next.confirming_plan_restart = true;
            }
            Action::CancelRestartPlanFromToday => next.confirming_plan_restart = false,
            Action::ConfirmRestartPlanFromToday => {
                if !self.confirming_plan_restart {
                    return None;
                }
                next.confirming_plan_restart = false;
                if let Some(plan) = restart_from_today(p.plan.as_ref()?, &p.tracking, self.today) {
                    p.plan = Some(plan);
                }
            }
            Action::Today(date) => next.today = date,
        }
        (next != *self).then_some(next)
    }

    /// Everything gone: a fresh start in a new round, saying so.
    fn cleared(&self) -> State {
        let mut s = State::new(Progress { round: self.progress.round + 1, ..Progress::default() }, None, self.today);
        s.privacy_message = Some(PrivacyMessage::Deleted);
        s.deletions = self.deletions;
        s.events = self.events;
        s.last_event = self.last_event;
        s.private = self.private;
        s.read_only = false;
        s.focus_requests = self.focus_requests;
        s
    }

    fn announce(&mut self, event: HostEvent) {
        self.events = self.events.wrapping_add(1);
        self.last_event = Some(event);
    }

    /// Shows the results and keeps them in the history, dated today.
    fn finish_quiz(&mut self) {
        let p = &mut self.progress;
        p.screen = Screen::Results;
        p.finished = true;
        if p.answers.is_empty() {
            return;
        }
        let entry = CompletedQuiz { date: Some(self.today), answers: p.answers.clone() };
        match (p.in_history, p.history.last_mut()) {
            // Opening the same results again keeps their date.
            (true, Some(last)) if last.answers == p.answers => {}
            (true, Some(last)) => *last = entry,
            _ => p.history.push(entry),
        }
        p.in_history = true;
    }

    fn make_plan(&mut self) {
        let p = &mut self.progress;
        match generate(&score(&p.answers), &p.choices, 0) {
            Ok(weeks) => {
                p.plan = Some(RebuildPlan { start: self.today, choices: p.choices.clone(), seed: 0, weeks, resumed: Vec::new() });
                p.tracking = PlanTracking::default();
                p.screen = Screen::Plan;
                self.plan_message = None;
                self.announce(HostEvent::PlanCreated);
            }
            Err(problem) => self.plan_message = Some(PlanMessage::Problem(problem)),
        }
    }

    fn different_plan(&mut self) {
        let p = &mut self.progress;
        let Some(plan) = p.plan.as_mut() else { return };
        // The plan is for the results it was made from: the latest finished quiz.
        let answers = p.history.last().map_or(&p.answers, |h| &h.answers);
        match different(&score(answers), &plan.choices, plan.seed, &plan.weeks) {
            Some((seed, weeks)) => {
                plan.seed = seed;
                plan.weeks = weeks;
                // Ticks belong to the old plan; notes are about the visitor's weeks and stay.
                p.tracking.done.clear();
                self.plan_message = None;
            }
            None => self.plan_message = Some(PlanMessage::OnlyOnePlan),
        }
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod plan_day_tests;
