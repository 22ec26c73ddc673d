//! The one module that touches localStorage.
//!
//! Every call goes through `window().local_storage()`, which reports a disabled or missing
//! storage as a value instead of throwing, and every failure becomes a typed result the
//! view can explain. The format itself lives in [`crate::core::saved`].

use crate::core::saved::{self, Loaded};
use crate::core::state::{Notice, Progress};

/// Every key the widget writes starts with this.
pub const KEY_PREFIX: &str = "intimacy-check";

/// Why storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser refuses access (privacy mode, disabled storage, sandboxed frame).
    Unavailable,
    /// A write failed, usually because storage is full.
    WriteFailed,
}

/// The saved data of one widget instance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    key: String,
}

impl Store {
    /// The store for a namespace (the practice's `storage-key`), or the default one.
    pub fn new(namespace: Option<&str>) -> Self {
        let key = match namespace {
            Some(ns) if !ns.is_empty() => format!("{KEY_PREFIX}:{ns}"),
            _ => KEY_PREFIX.to_string(),
        };
        Store { key }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// Where the raw original goes before a damaged save is replaced.
    pub fn backup_key(&self) -> String {
        format!("{}:backup", self.key)
    }

    /// Reads the saved progress, with a notice when something about it needs saying.
    /// A damaged save is copied to the backup key before anything can overwrite it.
    pub fn load(&self) -> (Progress, Option<Notice>) {
        let not_saving = (Progress::default(), Some(Notice::NotSaving));
        let Ok(storage) = local_storage() else { return not_saving };
        let Ok(raw) = storage.get_item(&self.key) else { return not_saving };
        match saved::decode(raw.as_deref()) {
            Loaded::Nothing => (Progress::default(), None),
            Loaded::Restored(p) => (p, None),
            Loaded::Salvaged { progress, .. } => {
                self.keep_backup(&storage, raw.as_deref());
                (progress, Some(Notice::Salvaged))
            }
            Loaded::Unreadable => {
                self.keep_backup(&storage, raw.as_deref());
                (Progress::default(), Some(Notice::Unreadable))
            }
            Loaded::Newer { .. } => (Progress::default(), Some(Notice::Newer)),
        }
    }

    /// Writes progress at once.
    pub fn save(&self, progress: &Progress) -> Result<(), StorageError> {
        let storage = local_storage()?;
        storage
            .set_item(&self.key, &saved::encode(progress))
            .map_err(|_| StorageError::WriteFailed)
    }

    fn keep_backup(&self, storage: &web_sys::Storage, raw: Option<&str>) {
        if let Some(raw) = raw {
            // Best effort: if even the backup cannot be written, the original stays under
            // its own key until the first successful save.
            let _ = storage.set_item(&self.backup_key(), raw);
        }
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}
