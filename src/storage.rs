//! The one module that touches localStorage, and keeps widgets that share it in step.
//!
//! Every call goes through `window().local_storage()`, which reports a disabled or missing
//! storage as a value instead of throwing, and every failure becomes a typed result the
//! view can explain. The format itself lives in [`crate::core::saved`].
//!
//! Widgets with the same storage key stay in sync: on this page through a small registry
//! (the `storage` event never fires in the page that wrote) and a shared lock key; in other
//! tabs through the `storage` event.

mod registry;

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::Callback;

use crate::core::locked::LockedEnvelope;
use crate::core::saved::{self, Loaded, Opened};
use crate::core::state::{Progress, StorageError, StorageNews};
use crate::crypto::{CryptoError, Sealer};
use registry::{forget_all_sealers, forget_sealer, keep_sealer, notify, sealer, Registered};

/// Every key the widget writes is this, or starts with this and a colon.
pub const KEY_PREFIX: &str = "intimacy-check";

fn is_widget_key(key: &str) -> bool {
    key == KEY_PREFIX || key.strip_prefix(KEY_PREFIX).is_some_and(|rest| rest.starts_with(':'))
}

/// The saved data of one widget instance.
#[derive(Debug)]
pub struct Store {
    key: String,
    id: u64,
    /// Bumped by every write, delete and lock change: an encrypted write or a lock still in
    /// flight when it changes must not land.
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
        let id = registry::next_id();
        Store { key, id, writes: Rc::new(Cell::new(0)) }
    }

    /// Where the raw original goes before a damaged save is replaced.
    pub fn backup_key(&self) -> String {
        format!("{}:backup", self.key)
    }

    fn sealer(&self) -> Option<Rc<Sealer>> {
        sealer(&self.key)
    }

    /// Forgets the lock's key (the data was deleted or unlocked elsewhere); writes in flight
    /// are dropped.
    pub fn forget_key(&self) {
        forget_sealer(&self.key);
        self.writes.set(self.writes.get() + 1);
    }

    /// Reads the saved progress, with a notice when something about it needs saying.
    /// A damaged save is copied to the backup key before anything can overwrite it; if even
    /// that fails, the widget will not write at all.
    pub fn load(&self) -> Opened {
        let Ok(storage) = local_storage() else { return Opened::not_saving() };
        let Ok(raw) = storage.get_item(&self.key) else { return Opened::not_saving() };
        Opened::from_loaded(saved::decode(raw.as_deref()), || self.keep_backup(&storage, raw.as_deref()))
    }

    /// What is stored now, if it can be read without a passphrase (to merge before writing
    /// after storage comes back).
    pub fn stored(&self) -> Result<Loaded, StorageError> {
        let storage = local_storage()?;
        let raw = storage.get_item(&self.key).map_err(|_| StorageError::Unavailable)?;
        Ok(saved::decode(raw.as_deref()))
    }

    /// Writes progress at once (encrypted when locked) and tells the other widgets on this
    /// page with the same key. A visitor who has done nothing yet leaves nothing behind.
    pub fn save(&self, progress: &Progress) -> Result<(), StorageError> {
        let storage = local_storage()?;
        let stored = storage.get_item(&self.key).map_err(|_| StorageError::Unavailable)?;
        if stored.is_none() && progress.is_empty() {
            return Ok(());
        }
        let encoded = saved::encode(progress);
        match self.sealer() {
            Some(sealer) => {
                let write = self.writes.get() + 1;
                self.writes.set(write);
                let (key, writes, id) = (self.key.clone(), self.writes.clone(), self.id);
                wasm_bindgen_futures::spawn_local(async move {
                    let Ok(envelope) = sealer.seal(&encoded).await else { return };
                    if writes.get() == write && storage.set_item(&key, &envelope.format()).is_err() {
                        notify(|i, _| i == id, StorageNews::WriteFailed);
                    }
                });
            }
            None => {
                if stored.as_deref().is_some_and(LockedEnvelope::looks_locked) {
                    return Err(StorageError::Locked);
                }
                if stored.as_deref() == Some(encoded.as_str()) {
                    return Ok(());
                }
                storage.set_item(&self.key, &encoded).map_err(|_| StorageError::WriteFailed)?;
            }
        }
        let key = self.key.clone();
        notify(|i, k| i != self.id && k == key, StorageNews::Shared(progress.clone()));
        Ok(())
    }

    /// Locks the saved data with a passphrase. The caller then saves the latest progress,
    /// which is written encrypted. Gives up if the data was deleted meanwhile.
    pub async fn lock(&self, passphrase: &str) -> Result<(), CryptoError> {
        let before = self.writes.get();
        let sealer = Rc::new(Sealer::create(passphrase).await?);
        if self.writes.get() != before {
            return Err(CryptoError::Unavailable);
        }
        keep_sealer(&self.key, sealer);
        let key = self.key.clone();
        notify(|i, k| i != self.id && k == key, StorageNews::LockShared(true));
        Ok(())
    }

    /// Opens the locked data with a passphrase. A wrong passphrase changes nothing.
    pub async fn unlock(&self, passphrase: &str) -> Result<Opened, CryptoError> {
        let before = self.writes.get();
        let storage = local_storage().map_err(|_| CryptoError::Unavailable)?;
        let raw = storage.get_item(&self.key).ok().flatten();
        let Some(envelope) = raw.as_deref().and_then(LockedEnvelope::parse) else {
            return Err(CryptoError::WrongPassphrase);
        };
        let (sealer, text) = Sealer::open(passphrase, &envelope).await?;
        if self.writes.get() != before {
            return Err(CryptoError::Unavailable);
        }
        let opened = Opened::from_unlocked(saved::decode(Some(&text)), || self.keep_backup(&storage, raw.as_deref()));
        keep_sealer(&self.key, Rc::new(sealer));
        Ok(opened)
    }

    /// Reads another tab's locked save with this page's key, if it has one.
    pub async fn open_locked(&self, envelope: &LockedEnvelope) -> Option<Progress> {
        let text = self.sealer()?.decrypt(envelope).await.ok()?;
        Opened::progress_in(saved::decode(Some(&text)))
    }

    /// Removes the lock: `progress` is written readable again.
    pub fn remove_lock(&self, progress: &Progress) -> Result<(), StorageError> {
        self.forget_key();
        local_storage()?.set_item(&self.key, &saved::encode(progress)).map_err(|_| StorageError::WriteFailed)?;
        let key = self.key.clone();
        notify(|i, k| i != self.id && k == key, StorageNews::LockShared(false));
        Ok(())
    }

    /// Removes every key any intimacy-check widget wrote on this site, backups included,
    /// and tells every other widget on the page.
    pub fn delete_all(&self) -> Result<(), StorageError> {
        forget_all_sealers();
        self.writes.set(self.writes.get() + 1);
        let storage = local_storage()?;
        let len = storage.length().map_err(|_| StorageError::Unavailable)?;
        let keys: Vec<String> = (0..len).filter_map(|i| storage.key(i).ok().flatten()).collect();
        for key in keys.iter().filter(|k| is_widget_key(k)) {
            storage.remove_item(key).map_err(|_| StorageError::WriteFailed)?;
        }
        notify(|i, _| i != self.id, StorageNews::Removed);
        Ok(())
    }

    /// Calls `on_change` whenever something outside this widget changes its data. Dropping
    /// the returned value stops it.
    pub fn watch(&self, on_change: Callback<StorageNews>) -> Watch {
        let registered = registry::register(self.id, &self.key, on_change.clone());
        let key = self.key.clone();
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "storage", move |event| {
                let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else { return };
                let news = match event.key() {
                    None => StorageNews::Cleared,
                    Some(k) if k == key => match event.new_value() {
                        None => StorageNews::Removed,
                        Some(raw) => match saved::decode(Some(&raw)) {
                            Loaded::Locked(envelope) => StorageNews::Locked(envelope),
                            // Unreadable or newer: nothing this widget can take in.
                            loaded => match Opened::progress_in(loaded) {
                                Some(p) => StorageNews::Saved(p),
                                None => return,
                            },
                        },
                    },
                    Some(_) => return,
                };
                on_change.emit(news);
            })
        });
        Watch { _registered: registered, _listener: listener }
    }

    /// Copies the raw original aside; false if that failed.
    fn keep_backup(&self, storage: &web_sys::Storage, raw: Option<&str>) -> bool {
        raw.is_none_or(|raw| storage.set_item(&self.backup_key(), raw).is_ok())
    }
}

/// A running [`Store::watch`]; stops when dropped.
pub struct Watch {
    _registered: Registered,
    _listener: Option<EventListener>,
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .ok_or(StorageError::Unavailable)?
        .local_storage()
        .map_err(|_| StorageError::Unavailable)?
        .ok_or(StorageError::Unavailable)
}
