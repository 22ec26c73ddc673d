//! Calls back every `millis` milliseconds while `millis` is above zero (the shape of
//! yew-hooks' `use_interval`); 0 stops it.

use gloo::timers::callback::Interval;
use yew::prelude::*;

use super::use_latest;

#[hook]
pub fn use_interval<F>(callback: F, millis: u32)
where
    F: Fn() + 'static,
{
    let callback = use_latest(callback);
    use_effect_with(millis, move |millis| {
        let interval = (*millis > 0).then(|| Interval::new(*millis, move || (*callback.current())()));
        move || drop(interval)
    });
}
