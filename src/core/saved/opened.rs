//! The one place that turns what storage held into what the widget starts from: the
//! progress, a notice to show, whether a passphrase is needed, and whether writing is safe.

use super::Loaded;
use crate::core::messages::Notice;
use crate::core::progress::Progress;

/// What was found in storage, ready to become the widget's state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Opened {
    pub progress: Progress,
    pub notice: Option<Notice>,
    /// The data is locked: ask for the passphrase before showing or saving anything.
    pub locked: bool,
    /// The data must not be written over (newer version, or no backup could be made).
    pub read_only: bool,
}

impl Opened {
    /// Storage could not be read at all: start empty and say answers are not being saved.
    pub fn not_saving() -> Opened {
        Opened { notice: Some(Notice::NotSaving), ..Opened::default() }
    }

    /// What a saved value becomes. `keep_backup` copies the raw original aside and is called
    /// only for damaged data; if it fails, nothing may be written over the original.
    pub fn from_loaded(loaded: Loaded, keep_backup: impl FnOnce() -> bool) -> Opened {
        let damaged = |progress, notice| {
            let kept = keep_backup();
            Opened { progress, notice: Some(if kept { notice } else { Notice::NotSaving }), locked: false, read_only: !kept }
        };
        match loaded {
            Loaded::Nothing => Opened::default(),
            Loaded::Restored(progress) => Opened { progress, ..Opened::default() },
            Loaded::Salvaged { progress, .. } => damaged(progress, Notice::Salvaged),
            Loaded::Unreadable => damaged(Progress::default(), Notice::Unreadable),
            Loaded::Newer { .. } => Opened { notice: Some(Notice::Newer), read_only: true, ..Opened::default() },
            Loaded::Locked(_) => Opened { locked: true, ..Opened::default() },
        }
    }

    /// What a decrypted value becomes: anything but readable progress inside a lock is damage.
    pub fn from_unlocked(loaded: Loaded, keep_backup: impl FnOnce() -> bool) -> Opened {
        match loaded {
            Loaded::Nothing | Loaded::Locked(_) => Opened::from_loaded(Loaded::Unreadable, keep_backup),
            other => Opened::from_loaded(other, keep_backup),
        }
    }

    /// Readable progress, as another tab or a retry would take it in.
    pub fn progress_in(loaded: Loaded) -> Option<Progress> {
        match loaded {
            Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. } => Some(p),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::locked::LockedEnvelope;

    #[test]
    fn each_kind_of_saved_data_opens_as_it_should() {
        let never = || -> bool { panic!("no backup for undamaged data") };
        assert_eq!(Opened::from_loaded(Loaded::Nothing, never), Opened::default());
        let p = Progress { round: 3, ..Progress::default() };
        assert_eq!(Opened::from_loaded(Loaded::Restored(p.clone()), never).progress, p);
        let newer = Opened::from_loaded(Loaded::Newer { version: 9 }, never);
        assert_eq!((newer.notice, newer.read_only), (Some(Notice::Newer), true));
        let env = LockedEnvelope { iterations: 600_000, salt: vec![0; 16], iv: vec![0; 12], ciphertext: vec![0; 16] };
        assert!(Opened::from_loaded(Loaded::Locked(env), never).locked);
    }

    #[test]
    fn damaged_data_is_backed_up_or_never_written_over() {
        let p = Progress { round: 1, ..Progress::default() };
        let kept = Opened::from_loaded(Loaded::Salvaged { progress: p.clone(), dropped: 2 }, || true);
        assert_eq!((kept.progress, kept.notice, kept.read_only), (p.clone(), Some(Notice::Salvaged), false));
        let lost = Opened::from_loaded(Loaded::Salvaged { progress: p, dropped: 2 }, || false);
        assert_eq!((lost.notice, lost.read_only), (Some(Notice::NotSaving), true));
        let unreadable = Opened::from_loaded(Loaded::Unreadable, || true);
        assert_eq!((unreadable.notice, unreadable.read_only), (Some(Notice::Unreadable), false));
    }

    #[test]
    fn an_empty_or_nested_lock_is_damage_once_unlocked() {
        let env = LockedEnvelope { iterations: 600_000, salt: vec![0; 16], iv: vec![0; 12], ciphertext: vec![0; 16] };
        for inside in [Loaded::Nothing, Loaded::Locked(env)] {
            let opened = Opened::from_unlocked(inside.clone(), || true);
            assert_eq!(opened.notice, Some(Notice::Unreadable), "{inside:?}");
            assert!(!opened.locked, "a lock inside a lock asks for no second passphrase: {inside:?}");
            assert!(!opened.read_only, "backed up, so it may be written over");
            // Without a backup, the original must not be written over.
            let unkept = Opened::from_unlocked(inside, || false);
            assert_eq!((unkept.notice, unkept.read_only), (Some(Notice::NotSaving), true));
        }
        let p = Progress { round: 2, ..Progress::default() };
        assert_eq!(Opened::from_unlocked(Loaded::Restored(p.clone()), || true).progress, p, "readable progress opens");
    }
}
