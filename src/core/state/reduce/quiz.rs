//! The quiz: answering, moving between questions and results, starting again.

use super::Outcome;
use crate::core::plan::today::at_end;
use crate::core::answer::Answers;
use crate::core::bank::{ASKED, QUESTION_COUNT};
use crate::core::state::{Action, CompletedQuiz, Effect, HostEvent, Progress, Screen, State};

impl State {
    /// Answering, moving between questions and results, starting again.
    pub(super) fn quiz(&mut self, action: Action, fx: &mut Vec<Effect>) -> Outcome {
        let p = &mut self.progress;
        match action {
            // Answers finished before the bank grew: only the new statements, then results.
            Action::Start if p.catching_up() => match p.answers.next_new_unanswered(0) {
                Some(q) => p.screen = Screen::Question(q),
                None => self.finish_quiz(),
            },
            Action::Start => {
                let next_open = p.answers.first_unanswered();
                if p.finished || (next_open.is_none() && !p.answers.is_empty()) {
                    self.finish_quiz();
                } else {
                    p.screen = Screen::Question(next_open.unwrap_or(0));
                }
            }
            Action::Choose { question, answer } => {
                (question < ASKED).then_some(())?;
                p.answers.set(question, answer);
            }
            Action::Next => match p.screen {
                // Answering only what the bank added since the visitor finished.
                Screen::Question(q) if p.catching_up() && p.answers.next_new_unanswered(q + 1).is_some() => {
                    p.screen = Screen::Question(p.answers.next_new_unanswered(q + 1)?);
                }
                Screen::Question(q) if q + 1 < ASKED && !p.catching_up() => p.screen = Screen::Question(q + 1),
                Screen::Question(_) => {
                    let before = self.progress.history.len();
                    self.finish_quiz();
                    fx.push(Effect::Announce(HostEvent::QuizCompleted));
                    // A retake once the plan is over goes straight to what changed.
                    let retake = before > 0 && self.progress.history.len() > before;
                    if retake && self.progress.plan.as_ref().is_some_and(|plan| at_end(plan, self.today)) {
                        self.compare_with = None;
                        self.progress.screen = Screen::Compare;
                    }
                }
                _ => return None,
            },
            Action::Back => match p.screen {
                Screen::Question(0) => p.screen = Screen::Intro,
                Screen::Question(q) => p.screen = Screen::Question(q - 1),
                Screen::Results => p.screen = Screen::Question(ASKED - 1),
                // Results wait for statements added since: the intro says so.
                Screen::Plan | Screen::Compare | Screen::Partner if !p.finished => p.screen = Screen::Intro,
                Screen::Plan | Screen::Compare | Screen::Partner => p.screen = Screen::Results,
                Screen::Intro => return None,
            },
            Action::ChangeAnswers => {
                (p.screen == Screen::Results).then_some(())?;
                p.screen = Screen::Question(0);
            }
            // Results saved before the safety check existed: its statements, on their own.
            Action::SafetyCheck => {
                (p.screen == Screen::Results).then_some(())?;
                p.screen = Screen::Question(QUESTION_COUNT);
            }
            Action::AskRestart => self.confirming_restart = true,
            Action::CancelRestart => self.confirming_restart = false,
            Action::ConfirmRestart => {
                self.confirming_restart.then_some(())?;
                let round = p.round + 1;
                let mut fresh = State::new(Progress { round, lang: self.progress.lang, ..Progress::default() }, self.notice, self.today);
                fresh.private = self.private;
                fresh.lock = self.lock;
                fresh.read_only = self.read_only;
                fresh.failing = self.failing;
                *self = fresh;
            }
            Action::ShowResults => {
                // Results that wait for new statements: the intro says why.
                (p.finished || p.catching_up()).then_some(())?;
                p.screen = if p.finished { Screen::Results } else { Screen::Intro };
            }
            Action::Retake => {
                p.round += 1;
                p.answers = Answers::new();
                p.finished = false;
                p.in_history = false;
                p.screen = Screen::Question(0);
                self.compare_with = None;
            }
            Action::Compare(i) => {
                (p.history.len() >= 2 && i + 1 < p.history.len()).then_some(())?;
                self.compare_with = Some(i);
                p.screen = Screen::Compare;
            }
            _ => return None,
        }
        Some(())
    }

    /// Shows the results and keeps them in the history, dated today.
    pub(super) fn finish_quiz(&mut self) {
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
        // A partner's code from a link waited for this.
        if let Some(code) = self.pending_partner.take() {
            self.take_partner_code(&code);
        }
    }

}
