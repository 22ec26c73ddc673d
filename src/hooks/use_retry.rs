//! While storage is failing, looks at what it holds every few seconds; the core decides
//! whether to merge, write, or stop.

use std::rc::Rc;

use yew::prelude::*;

use super::use_interval;
use crate::core::state::Action;
use crate::storage::Store;

/// How often to try again after storage failed.
const RETRY_MS: u32 = 5000;

#[hook]
pub fn use_retry(store: Rc<Store>, failing: bool, dispatch: Callback<Action>) {
    use_interval(move || dispatch.emit(Action::Retry(Box::new(store.stored()))), if failing { RETRY_MS } else { 0 });
}
