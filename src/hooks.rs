//! Small hooks shared by the components.

use yew::prelude::*;

/// Focuses `target` whenever `dep` changes, but not on the first render: the widget must
/// never steal focus from the host page on load, only follow the visitor's own actions.
#[hook]
pub fn use_focus_on_change<T>(dep: T, target: NodeRef)
where
    T: PartialEq + 'static,
{
    let mounted = use_mut_ref(|| false);
    use_effect_with(dep, move |_| {
        if *mounted.borrow() {
            if let Some(el) = target.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
        *mounted.borrow_mut() = true;
    });
}

mod today;
pub use today::use_today;
