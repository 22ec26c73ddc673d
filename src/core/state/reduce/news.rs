//! News from storage: other widgets on this page, other tabs, host scripts, and how
//! writes went. A private session takes in nothing from elsewhere.

use super::Outcome;
use crate::core::saved::Loaded;
use crate::core::state::{Action, Effect, Lock, Notice, Progress, Screen, State, StorageError, StorageNews};

impl State {
    /// What other widgets, other tabs and storage itself report. A private session takes in
    /// nothing from elsewhere and writes nothing.
    pub(super) fn storage(&mut self, action: Action, fx: &mut Vec<Effect>) -> Outcome {
        match action {
            Action::Sync(incoming) => self.sync(&incoming)?,
            Action::News(news) => self.news(*news, fx)?,
            Action::Saved(result) => self.saved(result)?,
            Action::Retry(stored) => self.retry(*stored, fx)?,
            Action::DeletedElsewhere => {
                (!self.private).then_some(())?;
                *self = self.cleared();
            }
            Action::LockShared(on) => {
                (self.lock != Lock::NeedsPassphrase || on).then_some(())?;
                self.lock = if on { Lock::On } else { Lock::Off };
            }
            Action::LockRemovedElsewhere(incoming) => {
                if self.lock == Lock::NeedsPassphrase {
                    self.progress = Progress { screen: Screen::Intro, ..*incoming };
                } else {
                    self.progress.merge_from(&incoming);
                }
                self.lock = Lock::Off;
            }
            _ => return None,
        }
        Some(())
    }

    pub(super) fn news(&mut self, news: StorageNews, fx: &mut Vec<Effect>) -> Outcome {
        (!self.private).then_some(())?;
        match news {
            StorageNews::Shared(p) => self.sync(&p)?,
            // Readable data from another tab while locked here: the lock was removed there.
            StorageNews::Saved(p) if self.lock != Lock::Off => {
                fx.push(Effect::ForgetKey);
                return self.storage(Action::LockRemovedElsewhere(Box::new(p)), fx);
            }
            StorageNews::Saved(p) => self.sync(&p)?,
            // This page holds the key: read what the other tab wrote.
            StorageNews::Locked(envelope) if self.lock == Lock::On => fx.push(Effect::OpenLocked(envelope)),
            // Locked in another tab: stop showing and saving until unlocked here.
            StorageNews::Locked(_) => self.need_passphrase()?,
            StorageNews::LockShared(on) => return self.storage(Action::LockShared(on), fx),
            StorageNews::Removed => {
                fx.push(Effect::ForgetKey);
                *self = self.cleared();
            }
            // Something else emptied storage: put back what this widget holds.
            StorageNews::Cleared if self.may_save() => fx.push(Effect::Save),
            StorageNews::Cleared => return None,
            StorageNews::WriteFailed => {
                self.notify(Notice::NotSaving);
                self.failing = true;
            }
        }
        Some(())
    }

    /// After a write: storage that was failing and works again clears its notice; a write
    /// refused because the data is locked elsewhere asks for the passphrase.
    pub(super) fn saved(&mut self, result: Result<(), StorageError>) -> Outcome {
        match result {
            Ok(()) => {
                self.failing.then_some(())?;
                self.failing = false;
                if self.notice == Some(Notice::NotSaving) {
                    self.notice = None;
                }
            }
            Err(StorageError::Locked) => self.need_passphrase()?,
            Err(_) => {
                if self.notice.is_none() {
                    self.notice = Some(Notice::NotSaving);
                }
                self.failing = true;
            }
        }
        Some(())
    }

    /// Storage failed earlier: take in whatever it holds now before writing over it.
    pub(super) fn retry(&mut self, stored: Result<Loaded, StorageError>, fx: &mut Vec<Effect>) -> Outcome {
        (self.failing && self.may_save()).then_some(())?;
        match stored.ok()? {
            Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. } => {
                let _ = self.sync(&p);
                fx.push(Effect::Save);
            }
            Loaded::Locked(_) if self.lock != Lock::On => {
                self.failing = false;
                self.need_passphrase()?;
            }
            Loaded::Newer { .. } => {
                self.failing = false;
                self.notify(Notice::Newer);
            }
            _ => fx.push(Effect::Save),
        }
        Some(())
    }

    pub(super) fn sync(&mut self, incoming: &Progress) -> Outcome {
        (self.lock != Lock::NeedsPassphrase && self.progress.merge_from(incoming)).then_some(())
    }
}
