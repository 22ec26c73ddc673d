//! Handing the visitor a file made in the browser (the plan as Markdown or a calendar),
//! and the clock readings the exports need. Nothing is uploaded: the file is built here.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use crate::core::date::{Date, Stamp};

/// Offers `contents` as a download called `name`.
pub fn offer_file(name: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let document = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // Revoking at once can cancel the download in some browsers; a moment later is safe.
    gloo::timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Opens the browser's print dialog (the print stylesheet shows only the plan).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

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
