//! What other widgets on this page, other tabs and host scripts do to the saved data,
//! carried in as actions.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::state::Action;
use crate::storage::Store;

#[hook]
pub fn use_storage_news(store: Rc<Store>, dispatch: Callback<Action>) {
    use_effect_with(store, move |store| {
        let watch = store.watch(Callback::from(move |news| dispatch.emit(Action::News(Box::new(news)))));
        move || drop(watch)
    });
}
