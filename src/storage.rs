//! The one module that touches localStorage, and keeps widgets that share it in step.
//!
//! Every call goes through `window().local_storage()`, which reports a disabled or missing
//! storage as a value instead of throwing, and every failure becomes a typed result the
//! view can explain. The format itself lives in [`crate::core::saved`].
//!
//! Two widgets with the same storage key stay in sync: on this page through a small
//! registry (the `storage` event never fires in the page that wrote), in other tabs through
//! the `storage` event.

use std::cell::{Cell, RefCell};

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::Callback;

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

/// A change to the saved data made somewhere else.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// Another widget or tab saved this.
    Saved(Progress),
    /// Another tab removed this widget's data.
    Removed,
    /// Something emptied the whole of localStorage (`clear()`).
    Cleared,
}

thread_local! {
    /// Widgets on this page, by storage key, to tell each other about saves.
    static WIDGETS: RefCell<Vec<(u64, String, Callback<Incoming>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
}

/// The saved data of one widget instance.
#[derive(Debug, PartialEq, Eq)]
pub struct Store {
    key: String,
    id: u64,
}

impl Store {
    /// The store for a namespace (the practice's `storage-key`), or the default one.
    pub fn new(namespace: Option<&str>) -> Self {
        let key = match namespace {
            Some(ns) if !ns.is_empty() => format!("{KEY_PREFIX}:{ns}"),
            _ => KEY_PREFIX.to_string(),
        };
        let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
        Store { key, id }
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

    /// Writes progress at once and tells the other widgets on this page with the same key.
    /// A visitor who has done nothing yet leaves nothing behind.
    pub fn save(&self, progress: &Progress) -> Result<(), StorageError> {
        let storage = local_storage()?;
        let stored = storage.get_item(&self.key).map_err(|_| StorageError::Unavailable)?;
        let encoded = saved::encode(progress);
        if stored.as_deref() == Some(encoded.as_str()) || (stored.is_none() && *progress == Progress::default()) {
            return Ok(());
        }
        storage.set_item(&self.key, &encoded).map_err(|_| StorageError::WriteFailed)?;
        let others: Vec<Callback<Incoming>> = WIDGETS.with(|w| {
            w.borrow().iter().filter(|(id, key, _)| *id != self.id && *key == self.key).map(|(_, _, cb)| cb.clone()).collect()
        });
        for cb in others {
            cb.emit(Incoming::Saved(progress.clone()));
        }
        Ok(())
    }

    /// Calls `on_change` whenever another widget on this page or another tab changes this
    /// store's data. Dropping the returned value stops it.
    pub fn watch(&self, on_change: Callback<Incoming>) -> Watch {
        WIDGETS.with(|w| w.borrow_mut().push((self.id, self.key.clone(), on_change.clone())));
        let key = self.key.clone();
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                match event.key() {
                    None => on_change.emit(Incoming::Cleared),
                    Some(k) if k == key => match event.new_value() {
                        None => on_change.emit(Incoming::Removed),
                        Some(raw) => match saved::decode(Some(&raw)) {
                            Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. } => {
                                on_change.emit(Incoming::Saved(p))
                            }
                            // Unreadable or newer: nothing this widget can take in.
                            _ => {}
                        },
                    },
                    Some(_) => {}
                }
            })
        });
        Watch { id: self.id, _listener: listener }
    }

    fn keep_backup(&self, storage: &web_sys::Storage, raw: Option<&str>) {
        if let Some(raw) = raw {
            // Best effort: if even the backup cannot be written, the original stays under
            // its own key until the first successful save.
            let _ = storage.set_item(&self.backup_key(), raw);
        }
    }
}

/// A running [`Store::watch`]; stops when dropped.
pub struct Watch {
    id: u64,
    _listener: Option<EventListener>,
}

impl Drop for Watch {
    fn drop(&mut self) {
        let id = self.id;
        WIDGETS.with(|w| w.borrow_mut().retain(|(i, _, _)| *i != id));
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}
