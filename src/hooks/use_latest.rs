//! The latest value given, readable from callbacks that outlive the render that made them
//! (the shape of yew-hooks' `use_latest`), instead of a hand-kept mirror of the state.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

/// A handle whose `current()` is always the value from the latest render.
pub struct LatestHandle<T>(Rc<RefCell<Rc<T>>>);

impl<T> Clone for LatestHandle<T> {
    fn clone(&self) -> Self {
        LatestHandle(self.0.clone())
    }
}

impl<T> LatestHandle<T> {
    pub fn current(&self) -> Rc<T> {
        self.0.borrow().clone()
    }
}

#[hook]
pub fn use_latest<T: 'static>(value: T) -> LatestHandle<T> {
    let value = Rc::new(value);
    let cell = use_mut_ref(|| value.clone());
    *cell.borrow_mut() = value;
    LatestHandle(cell)
}
