//! Privacy and safety: private sessions, deleting, the lock, notices and quick exit.

use super::Outcome;
use crate::core::locked::MIN_PASSPHRASE_CHARS;
use crate::core::saved::Opened;
use crate::core::state::{Action, Effect, HostEvent, Lock, Notice, PrivacyMessage, Progress, State};

impl State {
    /// Private sessions, deleting, the lock, notices and quick exit.
    pub(super) fn privacy(&mut self, action: Action, fx: &mut Vec<Effect>) -> Outcome {
        match action {
            Action::StartPrivate => {
                self.private = true;
                self.notice = Some(Notice::Private);
                let _ = self.quiz(Action::Start, fx);
            }
            Action::AskDelete => self.confirming_delete = true,
            Action::CancelDelete => self.confirming_delete = false,
            Action::ConfirmDelete => {
                self.confirming_delete.then_some(())?;
                *self = self.cleared();
                fx.push(Effect::DeleteAll);
            }
            Action::NeedPassphrase => self.need_passphrase()?,
            // The lock's steps: check the passphrase, then let the shell encrypt; its answer
            // comes back as LockedNow, Unlocked, LockRemoved or a message.
            Action::Lock { passphrase, again } => {
                (self.lock == Lock::Off && !self.private && !self.read_only && !self.locking).then_some(())?;
                match check_new_passphrase(&passphrase, &again) {
                    Err(message) => self.privacy_message = Some(message),
                    Ok(()) => {
                        self.locking = true;
                        self.privacy_message = None;
                        fx.push(Effect::Lock(passphrase));
                    }
                }
            }
            Action::EnterPassphrase(passphrase) => {
                (self.lock == Lock::NeedsPassphrase && !self.locking).then_some(())?;
                self.locking = true;
                fx.push(Effect::Unlock(passphrase));
            }
            Action::RemoveLock => {
                (self.lock == Lock::On).then_some(())?;
                fx.push(Effect::RemoveLock);
            }
            Action::Unlocked(opened) => {
                let Opened { progress, notice, read_only, .. } = *opened;
                self.progress = progress;
                self.lock = Lock::On;
                self.locking = false;
                self.privacy_message = None;
                self.read_only |= read_only;
                if let Some(notice) = notice {
                    self.notify(notice);
                }
            }
            Action::LockedNow => {
                self.lock = Lock::On;
                self.locking = false;
                self.privacy_message = Some(PrivacyMessage::LockOn);
            }
            Action::LockRemoved => {
                (self.lock == Lock::On).then_some(())?;
                self.lock = Lock::Off;
                self.privacy_message = Some(PrivacyMessage::LockOff);
            }
            Action::Privacy(message) => {
                self.privacy_message = Some(message);
                self.locking = false;
            }
            Action::Notify(notice) => self.notify(notice),
            Action::DismissNotice => self.notice = None,
            Action::QuickExit => {
                self.exited = true;
                fx.push(Effect::Announce(HostEvent::Exit));
                fx.push(Effect::Exit);
            }
            _ => return None,
        }
        Some(())
    }

    pub(super) fn notify(&mut self, notice: Notice) {
        self.notice = Some(notice);
        self.read_only |= notice == Notice::Newer;
    }


    /// Everything gone: a fresh start in a new round, saying so.
    pub(super) fn cleared(&self) -> State {
        let mut s = State::new(Progress { round: self.progress.round + 1, ..Progress::default() }, None, self.today);
        s.privacy_message = Some(PrivacyMessage::Deleted);
        s.private = self.private;
        s.failing = self.failing;
        s
    }

    pub(super) fn need_passphrase(&mut self) -> Outcome {
        (!self.private).then_some(())?;
        self.lock = Lock::NeedsPassphrase;
        self.progress = Progress::default();
        Some(())
    }
}

/// Checks a new passphrase and its repeat: long enough, and typed the same twice.
pub fn check_new_passphrase(passphrase: &str, again: &str) -> Result<(), PrivacyMessage> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        Err(PrivacyMessage::TooShort)
    } else if passphrase != again {
        Err(PrivacyMessage::Mismatch)
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_passphrase_must_be_long_enough_and_typed_the_same_twice() {
        assert_eq!(check_new_passphrase("short", "short"), Err(PrivacyMessage::TooShort));
        assert_eq!(check_new_passphrase("blue harbour", "blue harbor"), Err(PrivacyMessage::Mismatch));
        assert_eq!(check_new_passphrase("ééééééé", "ééééééé"), Err(PrivacyMessage::TooShort), "characters, not bytes");
        assert_eq!(check_new_passphrase("blue harbour", "blue harbour"), Ok(()));
    }
}
