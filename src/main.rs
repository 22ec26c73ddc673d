//! The standalone page (`index.html`): mounts one widget into `#intimacy-check-standalone`,
//! configured by that element's attributes (the same ones `<intimacy-check>` takes).
//!
//! The same wasm also serves embedded widgets, which the loader mounts through
//! `mountWidget`; on a host page there is no such element, so this does nothing.

use intimacy_check::embed::settings_from_element;
use intimacy_check::{mount, AppProps};

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("intimacy-check-standalone"));
    if let Some(root) = root {
        let props = AppProps { settings: settings_from_element(&root), on_event: None };
        mount(root, props);
    }
}
