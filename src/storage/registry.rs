//! Widgets on one page that share a storage key: who they are, how to tell them about a
//! change (the `storage` event never fires in the page that wrote), and the lock's key,
//! which every widget with that storage key shares.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use yew::Callback;

use crate::core::state::StorageNews;
use crate::crypto::Sealer;

thread_local! {
    /// Widgets on this page: id, storage key, and how to tell them about changes.
    static WIDGETS: RefCell<Vec<(u64, String, Callback<StorageNews>)>> = const { RefCell::new(Vec::new()) };
    /// The lock's key per storage key.
    static SEALERS: RefCell<Vec<(String, Rc<Sealer>)>> = const { RefCell::new(Vec::new()) };
    static NEXT_ID: Cell<u64> = const { Cell::new(1) };
}

/// A new widget id on this page.
pub fn next_id() -> u64 {
    NEXT_ID.with(|n| n.replace(n.get() + 1))
}

/// The lock's key for `key`, if this page holds it.
pub fn sealer(key: &str) -> Option<Rc<Sealer>> {
    SEALERS.with(|s| s.borrow().iter().find(|(k, _)| k == key).map(|(_, s)| s.clone()))
}

/// Keeps the lock's key for `key` (replacing any other).
pub fn keep_sealer(key: &str, sealer: Rc<Sealer>) {
    forget_sealer(key);
    SEALERS.with(|s| s.borrow_mut().push((key.to_string(), sealer)));
}

pub fn forget_sealer(key: &str) {
    SEALERS.with(|s| s.borrow_mut().retain(|(k, _)| k != key));
}

pub fn forget_all_sealers() {
    SEALERS.with(|s| s.borrow_mut().clear());
}

/// Tells the widgets on this page that `pick(id, key)` selects.
pub fn notify(pick: impl Fn(u64, &str) -> bool, news: StorageNews) {
    let targets: Vec<Callback<StorageNews>> =
        WIDGETS.with(|w| w.borrow().iter().filter(|(id, key, _)| pick(*id, key)).map(|(_, _, cb)| cb.clone()).collect());
    for cb in targets {
        cb.emit(news.clone());
    }
}

/// Adds a widget; it is told about changes until the returned value is dropped.
pub fn register(id: u64, key: &str, on_change: Callback<StorageNews>) -> Registered {
    WIDGETS.with(|w| w.borrow_mut().push((id, key.to_string(), on_change)));
    Registered { id }
}

/// A widget in the registry; removed when dropped.
pub struct Registered {
    id: u64,
}

impl Drop for Registered {
    fn drop(&mut self) {
        let id = self.id;
        WIDGETS.with(|w| w.borrow_mut().retain(|(i, _, _)| *i != id));
    }
}
