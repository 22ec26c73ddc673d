//! What the embed loader (`intimacy-check.js`) calls: mount a widget into an element,
//! update its settings, unmount it. Settings arrive as the element's attribute values.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback};

use crate::app::{App, AppProps};
use crate::core::host::WidgetEvent;
use crate::core::lang::Lang;
use crate::core::settings::Settings;
use crate::loader_files::LoaderFiles;

/// Reads the settings through `get`, warning in the console about each value that cannot
/// be used.
fn checked(get: impl Fn(&str) -> Option<String>) -> Rc<Settings> {
    let (mut settings, warnings) = Settings::from_attributes(get);
    for w in warnings {
        web_sys::console::warn_1(&JsValue::from_str(&w.to_string()));
    }
    if settings.lang_auto {
        settings.lang = Lang::auto(page_lang().as_deref(), &browser_langs());
    }
    Rc::new(settings)
}

/// The host page's own language, from `<html lang>`.
fn page_lang() -> Option<String> {
    let lang = web_sys::window()?.document()?.document_element()?.get_attribute("lang")?;
    (!lang.trim().is_empty()).then_some(lang)
}

/// The browser's preferred languages, most wanted first.
fn browser_langs() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|l| l.as_string()).collect()
}

/// The settings in a plain object of attribute values (what the loader passes).
fn read_settings(attributes: &JsValue) -> Rc<Settings> {
    checked(|name| js_sys::Reflect::get(attributes, &JsValue::from_str(name)).ok().and_then(|v| v.as_string()))
}

/// A mounted widget.
#[wasm_bindgen]
pub struct Widget {
    root: web_sys::Element,
    handle: Option<AppHandle<App>>,
    on_event: Callback<WidgetEvent>,
    files: Option<LoaderFiles>,
}

/// Mounts a widget into `root` (which it clears). `on_event` is called with an event name
/// ("ready", "quiz-completed", "plan-created", "exit") and never with answers or scores.
/// `lang_file(tag)` and `texts_file(url)` return promises of the parsed language file and of
/// the practice's own words, and `qr_code(text)`, if given, one of a QR code (see
/// `intimacy-check.js`).
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    root: web_sys::Element,
    attributes: &JsValue,
    on_event: js_sys::Function,
    lang_file: js_sys::Function,
    texts_file: js_sys::Function,
    qr_code: Option<js_sys::Function>,
) -> Widget {
    let on_event = Callback::from(move |e: WidgetEvent| {
        let _ = on_event.call1(&JsValue::NULL, &JsValue::from_str(e.name()));
    });
    let files = Some(LoaderFiles { lang: lang_file, custom: texts_file, qr: qr_code });
    let props = AppProps { settings: read_settings(attributes), on_event: Some(on_event.clone()), files };
    let props_files = props.files.clone();
    let handle = crate::failure::mount(root.clone(), props);
    Widget { root, handle: Some(handle), on_event, files: props_files }
}

#[wasm_bindgen]
impl Widget {
    /// Applies new attribute values.
    pub fn update(&mut self, attributes: &JsValue) {
        if let Some(handle) = self.handle.as_mut() {
            let on_event = Some(self.on_event.clone());
            handle.update(AppProps { settings: read_settings(attributes), on_event, files: self.files.clone() });
        }
    }

    /// Removes the widget and everything it listens to.
    pub fn unmount(&mut self) {
        if let Some(handle) = self.handle.take() {
            crate::failure::forget(&self.root);
            handle.destroy();
        }
    }
}
