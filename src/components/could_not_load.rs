//! What the widget shows when no language file could be read: its only built-in words, and
//! a button to try again. Never a blank box.

use yew::prelude::*;

use crate::core::catalog::offline;
use crate::core::lang::Lang;

#[derive(Properties, PartialEq)]
pub struct CouldNotLoadProps {
    pub lang: Lang,
    pub onretry: Callback<()>,
}

#[component]
pub fn CouldNotLoad(props: &CouldNotLoadProps) -> Html {
    let (text, again) = offline::could_not_load(props.lang);
    let onclick = props.onretry.reform(|_| ());
    html! {
        <div class="ic" lang={props.lang.tag()}>
            <section class="ic-card ic-could-not-load" role="alert">
                <p>{ text }</p>
                <button type="button" class="ic-button ic-primary" {onclick}>{ again }</button>
            </section>
        </div>
    }
}
