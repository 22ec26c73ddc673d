//! The words, fetched: the visitor's language file (which the loader started fetching beside
//! the wasm) and the practice's own `texts` file, made into one [`Catalog`] per language.
//!
//! The files are parsed by the browser (`Response.json()`), so no JSON parser is in the wasm;
//! which keys exist and which of a practice's texts are used is decided in the core
//! ([`Catalog::read`], [`custom`]).

use std::cell::RefCell;

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::catalog::custom::{self, Raw};
use crate::core::catalog::Catalog;
use crate::core::lang::Lang;
use crate::core::date::Date;

/// The loader's fetchers: `lang(tag)` gives a promise of `texts/<tag>.json`, parsed;
/// `custom(url)` one of the practice's file. Each fetches a file once per page. `qr(text)`
/// loads the QR encoder (`qr.js`, only when a visitor opens "Your code") and gives a promise
/// of `{ size, path }`; `None` where the loader has none.
#[derive(Clone, PartialEq)]
pub struct LoaderFiles {
    pub lang: js_sys::Function,
    pub custom: js_sys::Function,
    pub qr: Option<js_sys::Function>,
}

thread_local! {
    /// Catalogs already made on this page, by language and practice file.
    static MADE: RefCell<Vec<(Lang, Option<String>, &'static Catalog)>> = const { RefCell::new(Vec::new()) };
}

fn warn(text: &str) {
    web_sys::console::warn_1(&JsValue::from_str(text));
}

/// Calls one of the loader's fetchers and waits for its file; `None` when it failed.
async fn fetch(fetcher: &js_sys::Function, arg: &str) -> Option<JsValue> {
    let promise = fetcher.call1(&JsValue::NULL, &JsValue::from_str(arg)).ok()?;
    let value = JsFuture::from(js_sys::Promise::resolve(&promise)).await.ok()?;
    value.is_object().then_some(value)
}

/// A parsed JSON value as the core reads a practice's file: text, objects two levels deep
/// (a language section and its texts), and nothing else.
fn raw(value: &JsValue, depth: u8) -> Raw {
    if let Some(text) = value.as_string() {
        return Raw::Text(text);
    }
    if depth >= 2 || !value.is_object() || js_sys::Array::is_array(value) {
        return Raw::Other;
    }
    let entries = js_sys::Object::entries(value.unchecked_ref());
    Raw::Object(
        entries
            .iter()
            .filter_map(|pair| {
                let pair: js_sys::Array = pair.unchecked_into();
                Some((pair.get(0).as_string()?, raw(&pair.get(1), depth + 1)))
            })
            .collect(),
    )
}

/// A date in words from the browser's `Intl.DateTimeFormat`: "Wed 25 Nov", "jue, 26 de noviembre".
fn intl_date(locale: &str, date: Date, long: bool) -> Option<String> {
    let options = js_sys::Object::new();
    let month = if Lang::from_tag(locale).is_some_and(Lang::months_in_full) { "long" } else { "short" };
    let fields: &[(&str, &str)] = if long {
        &[("day", "numeric"), ("month", month), ("year", "numeric")]
    } else {
        &[("weekday", "short"), ("day", "numeric"), ("month", month)]
    };
    for (key, value) in fields {
        js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value)).ok()?;
    }
    let format = js_sys::Intl::DateTimeFormat::new(&js_sys::Array::of1(&JsValue::from_str(locale)), &options);
    // Local midnight of that calendar date, formatted in the same local time zone.
    let when = js_sys::Date::new_with_year_month_day(date.year as u32, i32::from(date.month) - 1, i32::from(date.day));
    format.format().call1(&format, &when).ok()?.as_string()
}

/// The catalog for `lang` with the practice's words from `custom_url`, or English when the
/// language's file is missing or damaged. `Err` only when no language file can be read:
/// the widget then says so in its built-in words and offers to try again.
pub async fn load(files: &LoaderFiles, lang: Lang, custom_url: Option<&str>) -> Result<(Lang, &'static Catalog), ()> {
    let key = custom_url.map(str::to_string);
    if let Some(made) = MADE.with_borrow(|m| m.iter().find(|(ml, mk, _)| *ml == lang && *mk == key).map(|e| e.2)) {
        return Ok((lang, made));
    }
    // Both files are fetched at once: asking for the language file starts it (the loader
    // keeps one fetch per file, so asking again below waits for the same one).
    let _ = files.lang.call1(&JsValue::NULL, &JsValue::from_str(lang.tag()));
    let practice = match custom_url {
        Some(url) => fetch(&files.custom, url).await,
        None => None,
    };
    if custom_url.is_some() && practice.is_none() {
        warn("intimacy-check: the texts file could not be read; the widget's own words are used");
    }
    for &l in lang.tries() {
        let tag = l.tag();
        let Some(file) = fetch(&files.lang, tag).await else {
            warn(&format!("intimacy-check: texts/{tag}.json could not be read"));
            continue;
        };
        let mut problems = Vec::new();
        let own = practice.as_ref().map(|p| custom::for_lang(raw(p, 0), l, &mut problems)).unwrap_or_default();
        let get = |key: &str| js_sys::Reflect::get(&file, &JsValue::from_str(key)).ok()?.as_string();
        let loaded = Catalog::read(&get, own);
        if !loaded.missing.is_empty() {
            warn(&format!("intimacy-check: texts/{tag}.json is missing {} texts ({}, …)", loaded.missing.len(), loaded.missing[0]));
            continue;
        }
        for problem in problems.iter().chain(&loaded.problems) {
            warn(&format!("intimacy-check: {problem}"));
        }
        let mut catalog = loaded.catalog;
        catalog.intl = Some((l.locale(), intl_date));
        let made: &'static Catalog = Box::leak(Box::new(catalog));
        MADE.with_borrow_mut(|m| m.push((l, key.clone(), made)));
        if l != lang {
            warn(&format!("intimacy-check: showing English instead of {}", lang.tag()));
        }
        return Ok((l, made));
    }
    Err(())
}
