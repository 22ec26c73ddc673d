//! The standalone page: mounts the widget into `#intimacy-check`, or the body if missing.

use intimacy_check::{App, AppProps};

fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("intimacy-check").or_else(|| d.body().map(Into::into)));
    if let Some(root) = root {
        yew::Renderer::<App>::with_root_and_props(root, AppProps::default()).render();
    }
}
