//! The widget's root: reads its props and renders one [`QuizProvider`] per storage key.
//! Decisions live in the core ([`crate::core::state`]); the effects it asks for are performed
//! by `use_effects` under [`crate::hooks`] (docs/architecture.md traces one click).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::settings::Settings;
pub use crate::core::host::WidgetEvent;
use crate::provider::QuizProvider;
use crate::loader_files::LoaderFiles;

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub settings: Rc<Settings>,
    /// Told about [`WidgetEvent`]s; never given answers or scores.
    #[prop_or_default]
    pub on_event: Option<Callback<WidgetEvent>>,
    /// The loader's fetchers of the language files and the practice's words.
    #[prop_or_default]
    pub files: Option<LoaderFiles>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let on_event = props.on_event.clone();
    use_effect_with((), move |_| {
        if let Some(cb) = on_event {
            cb.emit(WidgetEvent::Ready);
        }
    });
    // A new storage key is other saved data: a fresh provider loads it.
    let key = props.settings.storage_key.clone().unwrap_or_default();
    html! { <QuizProvider {key} settings={props.settings.clone()} on_event={props.on_event.clone()} files={props.files.clone()} /> }
}
