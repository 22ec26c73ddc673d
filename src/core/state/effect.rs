//! What the reducer asks the shell to do, and the news the shell brings back from storage.
//! Effects are data: the shell performs each one and decides nothing.

use std::fmt;

use super::HostEvent;
use crate::core::locked::LockedEnvelope;
use crate::core::state::Progress;

/// A file the visitor can take their plan away in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Export {
    Markdown,
    Calendar,
    /// The latest finished answers, for the visitor's counsellor.
    Counsellor,
}

/// One thing for the shell to do after the screen is drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Effect {
    /// Write the current progress (encrypted when locked). The result comes back as
    /// [`super::Action::Saved`].
    Save,
    /// Remove every key any widget wrote on this site, and tell the other widgets.
    DeleteAll,
    /// Tell the host page, with no answer or score in it.
    Announce(HostEvent),
    /// Move focus to the new screen's heading (only after the visitor's own actions).
    Focus,
    /// Leave for the quick-exit page, replacing this page in the history.
    Exit,
    /// Forget the lock's key: the data was deleted or unlocked elsewhere.
    ForgetKey,
    /// Read another tab's locked save with the key this page holds; readable progress comes
    /// back as [`super::Action::Sync`].
    OpenLocked(LockedEnvelope),
    /// Lock the saved data with this passphrase (WebCrypto); the result comes back as
    /// [`super::Action::LockedNow`] or [`super::Action::Privacy`].
    Lock(String),
    /// Open the locked data with this passphrase; the result comes back as
    /// [`super::Action::Unlocked`] or [`super::Action::Privacy`].
    Unlock(String),
    /// Write the current progress readable again; the result comes back as
    /// [`super::Action::LockRemoved`], or a notice that saving failed.
    RemoveLock,
    /// Offer the plan as a file; a file the browser refuses comes back as a notice.
    Download(Export),
    /// Open the browser's print dialog (the print stylesheet shows only the plan).
    Print,
    /// Copy the visitor's own partner code (or a link to this page with it) as the state
    /// shares it; how it went comes back as [`super::Action::Copied`].
    Copy { link: bool },
    /// Draw the visitor's link (with the code that carries every answer when `answers`) as a
    /// QR code; the picture, or that the encoder could not load, comes back as
    /// [`super::Action::QrDrawn`].
    DrawQr { answers: bool },
    /// Replace the page's address with this one, without a new history entry (the partner
    /// code is taken out of it).
    ReplaceUrl(String),
}

/// Why storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses access (privacy mode, disabled storage, sandboxed frame).
    Unavailable,
    /// A write failed, usually because storage is full.
    WriteFailed,
    /// The stored data is locked and this widget does not have the key: writing readable
    /// data over it would undo the visitor's lock.
    Locked,
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            StorageError::Unavailable => "this browser does not let the widget use localStorage",
            StorageError::WriteFailed => "writing to localStorage failed (it may be full)",
            StorageError::Locked => "the saved data is locked and this page does not hold its key",
        })
    }
}

/// A change to the saved data made somewhere else: another widget on this page, another
/// tab, or a script on the host page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNews {
    /// Another widget on this page saved this.
    Shared(Progress),
    /// Another tab saved this, readable (so not locked).
    Saved(Progress),
    /// Another tab saved locked data.
    Locked(LockedEnvelope),
    /// Another widget on this page locked (`true`) or unlocked the shared data.
    LockShared(bool),
    /// This widget's data was deleted, in another tab or by another widget on this page.
    Removed,
    /// Something emptied the whole of localStorage (`clear()`).
    Cleared,
    /// An encrypted save could not be written.
    WriteFailed,
}
