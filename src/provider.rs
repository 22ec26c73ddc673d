//! One widget's state, for one storage key: loads it, hands it to every screen through
//! context, performs the reducer's effects (`use_effects`) and listens to the page (storage
//! news, the partner link, the date, the quick-exit keys), each in a hook of its own.
//! A new storage key remounts this component (see [`crate::App`]), so it never has to reload
//! by hand.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::host::WidgetEvent;
use crate::components::{
    CouldNotLoad, compare_screen, intro, partner_screen, plan_screen, question_screen, results_screen, widget_body,
    UnlockScreen,
};
use crate::core::lang::Lang;
use crate::core::settings::Settings;
use crate::core::state::{Lock, Screen, State};
use crate::clock::today;
use crate::hooks::{
    use_accent, use_effects, use_partner_link, use_quick_exit_keys, use_retry, use_storage_news, use_catalog, use_today,
    Performer, Words,
};
use crate::quiz::{Live, Quiz};
use crate::storage::Store;
use crate::loader_files::LoaderFiles;

#[derive(Properties, PartialEq, Clone)]
pub struct QuizProviderProps {
    pub settings: Rc<Settings>,
    pub on_event: Option<Callback<WidgetEvent>>,
    /// Where the words come from; `None` shows the built-in "could not load" message.
    pub files: Option<LoaderFiles>,
}

fn next_uid() -> Rc<str> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("ic{}", NEXT.fetch_add(1, Ordering::Relaxed)).into()
}

#[component]
pub fn QuizProvider(props: &QuizProviderProps) -> Html {
    let settings = props.settings.clone();
    let store = use_memo((), |_| Store::new(settings.storage_key.as_deref()));
    let live = use_reducer(|| Live::new(State::opened(store.load(), settings.start, today())));
    let (focus, root, uid) = (use_node_ref(), use_node_ref(), use_memo((), |_| next_uid()));
    let dispatch = Callback::from({
        let live = live.clone();
        move |a| live.dispatch(a)
    });
    // The words first: exporting a file needs them.
    let wanted = Lang::shown(live.state.progress.lang, &settings.langs, settings.lang);
    let (words, retry) = use_catalog(props.files.clone(), wanted, settings.practice_texts.clone());
    // The handle, not the state: cloning it clones two `Rc`s, never the state itself.
    use_effects(
        live.clone(),
        Performer {
            text: match &words {
                Words::Ready(_, text) => Some(*text),
                _ => None,
            },
            store: store.clone(),
            dispatch: dispatch.clone(),
            on_event: props.on_event.clone(),
            exit_to: settings.exit_href().into(),
            focus: focus.clone(),
            qr: props.files.as_ref().and_then(|f| f.qr.clone()),
        },
    );
    use_storage_news(store.clone(), dispatch.clone());
    use_retry(store.clone(), live.state.failing, dispatch.clone());
    use_partner_link(dispatch.clone());
    // "Today" follows the visitor's calendar on every screen (midnight, time zones).
    use_today(dispatch.clone());
    use_quick_exit_keys(dispatch);
    use_accent(root.clone(), settings.accent, matches!(words, Words::Ready(..)));

    let (lang, text) = match words {
        Words::Ready(lang, text) => (lang, text),
        // A moment, before the first words arrive: the box keeps its space, empty and busy.
        Words::Loading => return html! { <div class="ic ic-loading" aria-busy="true" ref={root}></div> },
        Words::Failed => return html! { <CouldNotLoad lang={wanted} onretry={retry} /> },
    };

    if live.state.exited {
        // Hide everything at once, before the browser has even left.
        return html! { <div class="ic ic-exited" ref={root}></div> };
    }
    let locked = live.state.lock == Lock::NeedsPassphrase;
    let on_screen = live.state.screen();
    let shown = lang;
    let quiz = Quiz::new(live, text, settings, focus, (*uid).clone());
    // Each screen's section has its own key, so a new screen gets fresh DOM.
    let screen = match on_screen {
        _ if locked => html! { <UnlockScreen /> },
        Screen::Intro => intro(&quiz),
        Screen::Question(q) => question_screen(&quiz, q),
        Screen::Results => results_screen(&quiz),
        Screen::Plan => plan_screen(&quiz),
        Screen::Compare => compare_screen(&quiz),
        Screen::Partner => partner_screen(&quiz),
    };
    widget_body(quiz, screen, shown, root)
}
