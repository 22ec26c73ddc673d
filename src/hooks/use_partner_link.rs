//! A partner's code in the page's address: handed to the core on load, and again if the
//! visitor follows such a link while on the page (only the fragment changes then). The
//! core decides when to compare and asks for the code to be taken out of the address.

use yew::prelude::*;

use super::use_window_event;
use crate::core::partner::link::code_in_url;
use crate::core::state::Action;

fn read(dispatch: &Callback<Action>) {
    let href = web_sys::window().and_then(|w| w.location().href().ok());
    if let Some((code, clean_url)) = href.as_deref().and_then(code_in_url) {
        dispatch.emit(Action::PartnerLink { code, clean_url });
    }
}

#[hook]
pub fn use_partner_link(dispatch: Callback<Action>) {
    let on_load = dispatch.clone();
    use_effect_with((), move |_| read(&on_load));
    use_window_event("hashchange", move |_| read(&dispatch));
}
