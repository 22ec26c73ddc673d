//! Listens to a window event for as long as the component lives (the shape of yew-hooks'
//! `use_event_with_window`), in the capture phase so the host page cannot swallow it first.

use gloo::events::{EventListener, EventListenerOptions};
use yew::prelude::*;

use super::use_latest;

#[hook]
pub fn use_window_event<F>(event_type: &'static str, callback: F)
where
    F: Fn(&Event) + 'static,
{
    let callback = use_latest(callback);
    use_effect_with(event_type, move |event_type| {
        let options = EventListenerOptions::run_in_capture_phase();
        let listener = web_sys::window().map(|window| {
            EventListener::new_with_options(&window, *event_type, options, move |e| (*callback.current())(e))
        });
        move || drop(listener)
    });
}
