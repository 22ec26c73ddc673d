//! A press on the static first screen, made before the app arrived (the embed loader shows
//! that screen only to a visitor with nothing saved). The app carries it out once it is
//! there, and only while that is still true: a press never starts over saved answers.

use super::{Action, Lock, Screen, State};

/// What the visitor pressed before the app arrived.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EarlyStart {
    /// "Start the quiz".
    Start,
    /// "Start without saving on this device": stays unsaved.
    StartPrivate,
}

impl EarlyStart {
    /// The loader's number for the press (a number costs the wasm less than a name): 1 for
    /// Start, 2 for Start without saving.
    pub fn from_code(code: u32) -> Option<EarlyStart> {
        match code {
            1 => Some(EarlyStart::Start),
            2 => Some(EarlyStart::StartPrivate),
            _ => None,
        }
    }
}

impl State {
    /// The action an early press becomes: none when anything is saved, locked or waiting to
    /// be said by now (another tab may have saved), so the visitor sees the app's own intro.
    pub fn early_action(&self, early: EarlyStart) -> Option<Action> {
        let fresh = self.progress.is_empty()
            && self.screen() == Screen::Intro
            && self.lock == Lock::Off
            && self.notice.is_none()
            && !self.exited
            && !self.private;
        fresh.then_some(match early {
            EarlyStart::Start => Action::Start,
            EarlyStart::StartPrivate => Action::StartPrivate,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answer::Answer;
    use crate::core::date::Date;
    use crate::core::messages::Notice;
    use crate::core::progress::Progress;

    fn fresh() -> State {
        State::new(Progress::default(), None, Date::from_days(20_000))
    }

    #[test]
    fn codes_from_the_loader() {
        assert_eq!(EarlyStart::from_code(1), Some(EarlyStart::Start));
        assert_eq!(EarlyStart::from_code(2), Some(EarlyStart::StartPrivate));
        assert_eq!(EarlyStart::from_code(0), None);
        assert_eq!(EarlyStart::from_code(3), None);
    }

    #[test]
    fn an_early_start_opens_question_1_and_an_early_private_start_stays_unsaved() {
        let s = fresh();
        let (next, _) = s.step(s.early_action(EarlyStart::Start).unwrap());
        assert_eq!(next.unwrap().screen(), Screen::Question(0));
        let (next, fx) = s.step(s.early_action(EarlyStart::StartPrivate).unwrap());
        let next = next.unwrap();
        assert_eq!(next.screen(), Screen::Question(0));
        assert!(next.private && !next.may_save(), "start without saving keeps its meaning");
        assert!(!fx.contains(&super::super::Effect::Save));
    }

    #[test]
    fn an_early_press_never_touches_saved_answers_a_lock_or_a_notice() {
        let mut answered = fresh();
        answered.progress.answers.set(0, Answer::Agree);
        assert_eq!(answered.early_action(EarlyStart::Start), None);
        assert_eq!(answered.early_action(EarlyStart::StartPrivate), None);
        let mut locked = fresh();
        locked.lock = Lock::NeedsPassphrase;
        assert_eq!(locked.early_action(EarlyStart::Start), None);
        let mut noticed = fresh();
        noticed.notice = Some(Notice::Unreadable);
        assert_eq!(noticed.early_action(EarlyStart::Start), None);
        let (gone, _) = fresh().step(Action::QuickExit);
        assert_eq!(gone.unwrap().early_action(EarlyStart::Start), None, "quick exit wins");
    }
}
