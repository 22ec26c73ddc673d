//! Quick exit from the keyboard, anywhere on the page: the key events go to the core's
//! [`ShiftTaps`], which decides; this hook only hands in the time.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::use_window_event;
use crate::core::quick_exit::ShiftTaps;
use crate::core::state::Action;

#[hook]
pub fn use_quick_exit_keys(dispatch: Callback<Action>) {
    let taps: Rc<RefCell<ShiftTaps>> = use_mut_ref(ShiftTaps::default);
    let down = taps.clone();
    use_window_event("keydown", move |e| {
        if let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            down.borrow_mut().key_down(&key.key(), key.repeat());
        }
    });
    use_window_event("keyup", move |e| {
        let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
        if taps.borrow_mut().key_up(&key.key(), js_sys::Date::now()) {
            dispatch.emit(Action::QuickExit);
        }
    });
}
