//! The widget's state and the one pure function that changes it.
//!
//! Views dispatch [`Action`]s; [`State::reduce`] returns the next state, or `None` when the
//! action changes nothing (so the view can skip a re-render). No I/O happens here: loading
//! and saving are the storage module's job.

use super::answer::{Answer, Answers};
use super::bank::QUESTION_COUNT;

/// Which screen the visitor is on. Steps are state, not routes: the widget never touches
/// the host page's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Intro,
    /// The question at this position in the bank.
    Question(usize),
    Results,
}

/// What the visitor has done so far: the part of the state that is saved.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Progress {
    pub answers: Answers,
    pub screen: Screen,
    /// True once the visitor has reached the results, so the intro can offer them again.
    pub finished: bool,
}

impl Default for Progress {
    fn default() -> Self {
        Progress { answers: Answers::new(), screen: Screen::Intro, finished: false }
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
}

/// Everything the widget shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub progress: Progress,
    /// The "Start again?" question is open.
    pub confirming_restart: bool,
    /// A message about saving, shown until the visitor closes it.
    pub notice: Option<Notice>,
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
}

impl State {
    pub fn new(progress: Progress) -> Self {
        State { progress, ..State::default() }
    }

    /// A state with a notice to show from the start.
    pub fn with_notice(progress: Progress, notice: Option<Notice>) -> Self {
        State { progress, notice, ..State::default() }
    }

    pub fn screen(&self) -> Screen {
        self.progress.screen
    }

    pub fn answers(&self) -> &Answers {
        &self.progress.answers
    }

    /// The next state, or `None` if `action` changes nothing.
    pub fn reduce(&self, action: Action) -> Option<State> {
        let mut next = self.clone();
        let p = &mut next.progress;
        match action {
            Action::Start => {
                let next_open = p.answers.first_unanswered();
                if p.finished || (next_open.is_none() && !p.answers.is_empty()) {
                    p.screen = Screen::Results;
                    p.finished = true;
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
                    p.screen = Screen::Results;
                    p.finished = true;
                }
                _ => return None,
            },
            Action::Back => match p.screen {
                Screen::Question(0) => p.screen = Screen::Intro,
                Screen::Question(q) => p.screen = Screen::Question(q - 1),
                Screen::Results => p.screen = Screen::Question(QUESTION_COUNT - 1),
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
                next = State { notice: self.notice, ..State::default() };
            }
            Action::Notify(notice) => next.notice = Some(notice),
            Action::DismissNotice => next.notice = None,
        }
        (next != *self).then_some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(state: &State, actions: &[Action]) -> State {
        actions.iter().fold(state.clone(), |s, a| s.reduce(a.clone()).unwrap_or(s))
    }

    #[test]
    fn starts_on_the_intro_with_nothing_chosen() {
        let s = State::default();
        assert_eq!(s.screen(), Screen::Intro);
        assert!(s.answers().is_empty());
        let s = run(&s, &[Action::Start]);
        assert_eq!(s.screen(), Screen::Question(0));
        assert_eq!(s.answers().get(0), None, "nothing is pre-selected");
    }

    #[test]
    fn answer_next_back_and_change() {
        let s = run(
            &State::default(),
            &[
                Action::Start,
                Action::Choose { question: 0, answer: Answer::Agree },
                Action::Next,
                Action::Back,
            ],
        );
        assert_eq!(s.screen(), Screen::Question(0));
        assert_eq!(s.answers().get(0), Some(Answer::Agree));
        let s = run(&s, &[Action::Choose { question: 0, answer: Answer::Disagree }]);
        assert_eq!(s.answers().get(0), Some(Answer::Disagree));
        let s = run(&s, &[Action::Back]);
        assert_eq!(s.screen(), Screen::Intro);
        assert_eq!(s.reduce(Action::Back), None, "nothing before the intro");
    }

    #[test]
    fn next_without_an_answer_skips() {
        let s = run(&State::default(), &[Action::Start, Action::Next]);
        assert_eq!(s.screen(), Screen::Question(1));
        assert!(s.answers().is_empty());
    }

    #[test]
    fn the_last_question_leads_to_results() {
        let mut s = run(&State::default(), &[Action::Start]);
        for q in 0..QUESTION_COUNT {
            s = run(&s, &[Action::Choose { question: q, answer: Answer::Agree }, Action::Next]);
        }
        assert_eq!(s.screen(), Screen::Results);
        assert!(s.progress.finished);
        assert_eq!(s.answers().len(), QUESTION_COUNT);
        assert_eq!(s.reduce(Action::Next), None);
        let back = run(&s, &[Action::Back]);
        assert_eq!(back.screen(), Screen::Question(QUESTION_COUNT - 1));
        let change = run(&s, &[Action::ChangeAnswers]);
        assert_eq!(change.screen(), Screen::Question(0));
        assert_eq!(change.answers().len(), QUESTION_COUNT);
    }

    #[test]
    fn start_resumes_at_the_first_unanswered_question_or_the_results() {
        let mut p = Progress::default();
        p.answers.set(0, Answer::Agree);
        p.answers.set(1, Answer::Agree);
        let s = run(&State::new(p.clone()), &[Action::Start]);
        assert_eq!(s.screen(), Screen::Question(2));
        p.finished = true;
        let s = run(&State::new(p), &[Action::Start]);
        assert_eq!(s.screen(), Screen::Results);
    }

    #[test]
    fn restart_needs_confirmation() {
        let s = run(
            &State::default(),
            &[Action::Start, Action::Choose { question: 0, answer: Answer::Agree }],
        );
        assert_eq!(s.reduce(Action::ConfirmRestart), None, "no restart without asking");
        let asked = run(&s, &[Action::AskRestart]);
        assert!(asked.confirming_restart);
        let kept = run(&asked, &[Action::CancelRestart]);
        assert_eq!(kept.answers().get(0), Some(Answer::Agree));
        assert!(!kept.confirming_restart);
        let cleared = run(&asked, &[Action::ConfirmRestart]);
        assert_eq!(cleared, State::default());
    }

    #[test]
    fn notices_show_until_dismissed_and_survive_a_restart() {
        let s = run(&State::default(), &[Action::Notify(Notice::NotSaving), Action::AskRestart, Action::ConfirmRestart]);
        assert_eq!(s.notice, Some(Notice::NotSaving));
        let s = run(&s, &[Action::DismissNotice]);
        assert_eq!(s.notice, None);
    }

    #[test]
    fn out_of_range_choices_change_nothing() {
        let s = State::default();
        assert_eq!(s.reduce(Action::Choose { question: QUESTION_COUNT, answer: Answer::Agree }), None);
    }

    #[test]
    fn choosing_the_same_answer_again_is_a_no_op() {
        let s = run(&State::default(), &[Action::Choose { question: 3, answer: Answer::Agree }]);
        assert_eq!(s.reduce(Action::Choose { question: 3, answer: Answer::Agree }), None);
    }
}
