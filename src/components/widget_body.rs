//! The widget's box around a screen: quick exit first, then any notice, the screen, and
//! "Privacy and safety". The app renders it, and so does the native first-screen renderer
//! (`src/first_screen.rs`), so the static first screen is this very markup.

use yew::prelude::*;

use super::{notice_bar, quick_exit, PrivacyPanel};
use crate::core::lang::Lang;
use crate::quiz::Quiz;

/// A plain function: it has no hooks. `shown` is the language on screen. Inlined into its
/// one caller in the app, so sharing it with the renderer costs the wasm nothing.
#[inline(always)]
pub fn widget_body(quiz: Quiz, screen: Html, shown: Lang, root: NodeRef) -> Html {
    let lang = shown.tag();
    let (exit_bar, notice) = (quick_exit(&quiz, shown), notice_bar(&quiz));
    html! {
        <ContextProvider<Quiz> context={quiz}>
            <div class="ic" {lang} ref={root}>
                { exit_bar }
                { notice }
                { screen }
                <PrivacyPanel />
            </div>
        </ContextProvider<Quiz>>
    }
}
