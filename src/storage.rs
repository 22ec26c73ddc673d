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
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::core::locked::LockedEnvelope;
use crate::core::saved::{self, Loaded};
use crate::core::state::{Notice, Progress};
use crate::crypto::{CryptoError, Sealer};

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
    /// Another tab saved locked data.
    Locked(LockedEnvelope),
}

/// What was found on load.
pub struct Opened {
    pub progress: Progress,
    pub notice: Option<Notice>,
    /// The data is locked: ask for the passphrase before showing or saving anything.
    pub locked: bool,
}

thread_local! {
    /// Widgets on this page, by storage key, to tell each other about saves.
    static WIDGETS: RefCell<Vec<(u64, String, Callback<Incoming>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
}

/// The saved data of one widget instance.
#[derive(Debug)]
pub struct Store {
    key: String,
    id: u64,
    /// Present while the data is locked and unlocked here: every save is encrypted.
    sealer: RefCell<Option<Rc<Sealer>>>,
    /// Encrypted writes finish out of order; only the newest may land.
    writes: Rc<Cell<u64>>,
}

impl PartialEq for Store {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl Store {
    /// The store for a namespace (the practice's `storage-key`), or the default one.
    pub fn new(namespace: Option<&str>) -> Self {
        let key = match namespace {
            Some(ns) if !ns.is_empty() => format!("{KEY_PREFIX}:{ns}"),
            _ => KEY_PREFIX.to_string(),
        };
        let id = NEXT_ID.with(|n| n.replace(n.get() + 1));
        Store { key, id, sealer: RefCell::new(None), writes: Rc::new(Cell::new(0)) }
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
    pub fn load(&self) -> Opened {
        let opened = |progress, notice, locked| Opened { progress, notice, locked };
        let Ok(storage) = local_storage() else { return opened(Progress::default(), Some(Notice::NotSaving), false) };
        let Ok(raw) = storage.get_item(&self.key) else {
            return opened(Progress::default(), Some(Notice::NotSaving), false);
        };
        match saved::decode(raw.as_deref()) {
            Loaded::Nothing => opened(Progress::default(), None, false),
            Loaded::Restored(p) => opened(p, None, false),
            Loaded::Salvaged { progress, .. } => {
                self.keep_backup(&storage, raw.as_deref());
                opened(progress, Some(Notice::Salvaged), false)
            }
            Loaded::Unreadable => {
                self.keep_backup(&storage, raw.as_deref());
                opened(Progress::default(), Some(Notice::Unreadable), false)
            }
            Loaded::Newer { .. } => opened(Progress::default(), Some(Notice::Newer), false),
            Loaded::Locked(_) => opened(Progress::default(), None, true),
        }
    }

    /// Writes progress at once (encrypted when locked) and tells the other widgets on this
    /// page with the same key. A visitor who has done nothing yet leaves nothing behind.
    pub fn save(&self, progress: &Progress) -> Result<(), StorageError> {
        let storage = local_storage()?;
        let stored = storage.get_item(&self.key).map_err(|_| StorageError::Unavailable)?;
        let encoded = saved::encode(progress);
        let sealer = self.sealer.borrow().clone();
        match sealer {
            Some(sealer) => {
                let write = self.writes.get() + 1;
                self.writes.set(write);
                let (key, writes) = (self.key.clone(), self.writes.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if let Ok(envelope) = sealer.seal(&encoded).await {
                        if writes.get() == write {
                            let _ = storage.set_item(&key, &envelope.format());
                        }
                    }
                });
            }
            None => {
                if stored.as_deref() == Some(encoded.as_str()) || (stored.is_none() && progress.is_empty()) {
                    return Ok(());
                }
                storage.set_item(&self.key, &encoded).map_err(|_| StorageError::WriteFailed)?;
            }
        }
        self.tell_others(progress);
        Ok(())
    }

    fn tell_others(&self, progress: &Progress) {
        let others: Vec<Callback<Incoming>> = WIDGETS.with(|w| {
            w.borrow().iter().filter(|(id, key, _)| *id != self.id && *key == self.key).map(|(_, _, cb)| cb.clone()).collect()
        });
        for cb in others {
            cb.emit(Incoming::Saved(progress.clone()));
        }
    }

    /// Locks the saved data with a passphrase and writes `progress` encrypted at once.
    pub async fn lock(&self, passphrase: &str, progress: &Progress) -> Result<(), CryptoError> {
        let sealer = Rc::new(Sealer::create(passphrase).await?);
        let envelope = sealer.seal(&saved::encode(progress)).await?;
        let storage = local_storage().map_err(|_| CryptoError::Unavailable)?;
        storage.set_item(&self.key, &envelope.format()).map_err(|_| CryptoError::Unavailable)?;
        *self.sealer.borrow_mut() = Some(sealer);
        Ok(())
    }

    /// Opens the locked data with a passphrase. A wrong passphrase changes nothing.
    pub async fn unlock(&self, passphrase: &str) -> Result<Progress, CryptoError> {
        let raw = local_storage().ok().and_then(|s| s.get_item(&self.key).ok().flatten());
        let Some(envelope) = raw.as_deref().and_then(LockedEnvelope::parse) else {
            return Err(CryptoError::WrongPassphrase);
        };
        let (sealer, text) = Sealer::open(passphrase, &envelope).await?;
        let progress = match saved::decode(Some(&text)) {
            Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. } => p,
            _ => Progress::default(),
        };
        *self.sealer.borrow_mut() = Some(Rc::new(sealer));
        Ok(progress)
    }

    /// Reads another tab's locked save with this widget's key, if it has one.
    pub async fn open_locked(&self, envelope: &LockedEnvelope) -> Option<Progress> {
        let sealer = self.sealer.borrow().clone()?;
        let text = sealer.decrypt(envelope).await.ok()?;
        match saved::decode(Some(&text)) {
            Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. } => Some(p),
            _ => None,
        }
    }

    /// Whether this widget holds the key to the saved data.
    pub fn has_key(&self) -> bool {
        self.sealer.borrow().is_some()
    }

    /// Removes the lock: `progress` is written readable again.
    pub fn remove_lock(&self, progress: &Progress) -> Result<(), StorageError> {
        *self.sealer.borrow_mut() = None;
        // Any encrypted write still in flight must not land after this.
        self.writes.set(self.writes.get() + 1);
        local_storage()?.set_item(&self.key, &saved::encode(progress)).map_err(|_| StorageError::WriteFailed)
    }

    /// Removes every key any intimacy-check widget wrote on this site, backups included.
    pub fn delete_all(&self) -> Result<(), StorageError> {
        *self.sealer.borrow_mut() = None;
        // Any encrypted write still in flight must not land after this.
        self.writes.set(self.writes.get() + 1);
        let storage = local_storage()?;
        let len = storage.length().map_err(|_| StorageError::Unavailable)?;
        let keys: Vec<String> = (0..len).filter_map(|i| storage.key(i).ok().flatten()).collect();
        for key in keys.iter().filter(|k| k.starts_with(KEY_PREFIX)) {
            storage.remove_item(key).map_err(|_| StorageError::WriteFailed)?;
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
                            Loaded::Locked(envelope) => on_change.emit(Incoming::Locked(envelope)),
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
