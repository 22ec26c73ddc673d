//! The practice's accent on the widget's root, set through the CSSOM: a strict CSP blocks
//! style attributes.

use yew::prelude::*;

use crate::core::colour::Accent;

/// `shown` is false while the words load: the root is then a placeholder, and the accent is
/// set again on the real root once it is there.
#[hook]
pub fn use_accent(root: NodeRef, accent: Option<Accent>, shown: bool) {
    use_effect_with((accent, shown), move |(accent, _)| {
        if let Some(el) = root.cast::<web_sys::HtmlElement>() {
            let style = el.style();
            // A property the browser refuses leaves the default colour: nothing to tell.
            let _ = match accent {
                Some(a) => style
                    .set_property("--ic-accent", &a.light.hex())
                    .and_then(|_| style.set_property("--ic-accent-dark", &a.dark.hex())),
                None => style.remove_property("--ic-accent").and_then(|_| style.remove_property("--ic-accent-dark")).map(drop),
            };
        }
    });
}
