//! Keeps the state's "today" on the visitor's calendar date while the widget stays open:
//! past midnight, or after the device moved to another time zone, "today" moves with it.

use gloo::events::EventListener;
use gloo::timers::callback::Interval;
use yew::prelude::*;

use crate::core::state::Action;
use crate::clock::today;

/// How often to look at the calendar while the page is open.
const CHECK_MS: u32 = 60_000;

/// Sends `Action::Today` when the calling view appears, each minute, and whenever the page is
/// shown again; the reducer ignores it when the date has not changed, so nothing re-renders.
#[hook]
pub fn use_today(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        // The page may have stayed open overnight before this view was shown.
        dispatch.emit(Action::Today(today()));
        let tick = {
            let dispatch = dispatch.clone();
            Interval::new(CHECK_MS, move || dispatch.emit(Action::Today(today())))
        };
        let shown = web_sys::window().and_then(|w| w.document()).map(|doc| {
            EventListener::new(&doc, "visibilitychange", move |_| dispatch.emit(Action::Today(today())))
        });
        move || drop((tick, shown))
    });
}
