//! The standalone page (`index.html`): mounts one widget into `#intimacy-check-standalone`.
//!
//! The same wasm also serves embedded widgets, which the loader mounts through
//! `mountWidget`; on a host page there is no such element, so this does nothing.

use intimacy_check::{App, AppProps};

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("intimacy-check-standalone"));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root_and_props(root, AppProps::default()).render();
    }
}
