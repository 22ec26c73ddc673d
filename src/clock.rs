//! The browser's clock: the visitor's local date (for the plan's days) and the time in UTC
//! (for calendar time stamps). The core is handed these; it never reads a clock itself.

use crate::core::date::{Date, Stamp};

/// The visitor's local date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as i32, now.get_month() as u8 + 1, now.get_date() as u8)
        .unwrap_or(Date::from_days(0))
}

/// Now, in UTC, for calendar time stamps.
pub fn now_utc() -> Stamp {
    let now = js_sys::Date::new_0();
    let date = Date::new(now.get_utc_full_year() as i32, now.get_utc_month() as u8 + 1, now.get_utc_date() as u8)
        .unwrap_or(Date::from_days(0));
    Stamp {
        date,
        hour: now.get_utc_hours() as u8,
        minute: now.get_utc_minutes() as u8,
        second: now.get_utc_seconds() as u8,
    }
}
