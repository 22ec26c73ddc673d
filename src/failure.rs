//! If the widget ever panics: one line in the console, and a short, kind message in every
//! widget's box instead of a frozen or blank one.
//!
//! A release build aborts on a panic (`panic = "abort"`), so the wasm cannot run again on
//! this page; the hook runs just before that, replaces each mounted widget's content with
//! the message, and the visitor is asked to reload. The message is built in (`core::catalog::offline`), not
//! read from a language file: it must show even when none could be loaded.

use std::cell::RefCell;
use std::panic::PanicHookInfo;

use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::core::catalog::offline;
use crate::core::lang::Lang;


thread_local! {
    /// Every mounted widget's root element.
    static ROOTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// The message for a widget whose language tag is `lang` (English unless it is Spanish).
pub fn failed_text(lang: &str) -> &'static str {
    offline::went_wrong(Lang::from_tag(lang).unwrap_or_default())
}

/// Mounts the widget into `root` (which it clears), with the panic hook in place first
/// (Yew would otherwise install its own, which only logs).
pub fn mount(root: Element, props: AppProps) -> AppHandle<App> {
    yew::set_custom_panic_hook(Box::new(on_panic));
    let _ = ROOTS.try_with(|r| r.borrow_mut().push(root.clone()));
    yew::Renderer::<App>::with_root_and_props(root, props).render()
}

/// Forgets an unmounted widget's root.
pub fn forget(root: &Element) {
    let _ = ROOTS.try_with(|r| r.borrow_mut().retain(|e| e != root));
}

/// Puts the message into every mounted widget's box, in the language it was showing: the
/// widget's own `<div class="ic" lang>` keeps its look and takes the message as its only
/// content, announced to screen readers (`role="alert"`).
pub fn show_failure() {
    let _ = ROOTS.try_with(|roots| {
        let Ok(roots) = roots.try_borrow() else { return };
        for root in roots.iter() {
            let target = root.first_element_child().unwrap_or_else(|| root.clone());
            let _ = target.set_attribute("role", "alert");
            target.set_text_content(Some(failed_text(&target.get_attribute("lang").unwrap_or_default())));
        }
    });
}

/// The panic hook: one console line ("intimacy-check panicked at src/x.rs:1:2: message"),
/// then the message in every box.
fn on_panic(info: &PanicHookInfo<'_>) {
    web_sys::console::error_1(&JsValue::from_str(&console_line(info)));
    show_failure();
}

fn console_line(info: &PanicHookInfo<'_>) -> String {
    let message = info.payload_as_str().unwrap_or("");
    match info.location() {
        Some(at) => format!("intimacy-check panicked at {}:{}: {message}", at.file(), at.line()),
        None => format!("intimacy-check panicked: {message}"),
    }
}
