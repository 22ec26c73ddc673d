//! Carries out a press made on the static first screen, once, as soon as the words are on
//! screen (so the question it opens takes focus). The core decides whether it still applies.

use yew::prelude::*;

use crate::core::state::EarlyStart;
use crate::quiz::Live;

#[hook]
pub fn use_early_start(early: Option<EarlyStart>, ready: bool, live: UseReducerHandle<Live>) {
    let done = use_mut_ref(|| false);
    use_effect_with(ready, move |&ready| {
        if !ready || std::mem::replace(&mut *done.borrow_mut(), true) {
            return;
        }
        if let Some(action) = early.and_then(|e| live.state.early_action(e)) {
            live.dispatch(action);
        }
    });
}
