//! The widget's root: reads its props and renders one [`QuizProvider`] per storage key.
//! Every decision lives in the core ([`crate::core::state`]); every side effect in one hook
//! under [`crate::hooks`].

use std::rc::Rc;

use yew::prelude::*;

use crate::core::settings::Settings;
use crate::core::state::HostEvent;
use crate::provider::QuizProvider;
use crate::texts::TextFiles;

/// What the widget tells the page it is on: that it is ready, and the host events.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WidgetEvent {
    Ready,
    Host(HostEvent),
}

impl WidgetEvent {
    pub fn name(self) -> &'static str {
        match self {
            WidgetEvent::Ready => "ready",
            WidgetEvent::Host(e) => e.name(),
        }
    }
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub settings: Rc<Settings>,
    /// Told about [`WidgetEvent`]s; never given answers or scores.
    #[prop_or_default]
    pub on_event: Option<Callback<WidgetEvent>>,
    /// The loader's fetchers of the language files and the practice's words.
    #[prop_or_default]
    pub files: Option<TextFiles>,
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
