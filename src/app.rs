//! The widget's root component: owns the state, saves it, and moves focus between screens.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{CompareScreen, Intro, NoticeBar, PlanScreen, QuestionScreen, ResultsScreen};
use crate::core::catalog::{catalog, Catalog};
use crate::core::settings::Settings;
use crate::core::state::{Action, Notice, Screen, State};
use crate::download::today;
use crate::hooks::use_focus_on_change;
use crate::storage::Store;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Returning the same Rc for a no-op lets Yew skip the re-render.
        match State::reduce(&self, action) {
            Some(next) => Rc::new(next),
            None => self,
        }
    }
}

/// What every screen needs, handed down through context and reached with [`use_quiz`].
#[derive(Clone)]
pub struct Quiz {
    state: UseReducerHandle<State>,
    /// The words of the visitor's language.
    pub text: &'static Catalog,
    pub settings: Rc<Settings>,
    /// The heading that receives focus when the screen changes.
    pub focus: NodeRef,
    /// Unique per widget instance, for ids and radio names.
    pub uid: Rc<str>,
}

impl PartialEq for Quiz {
    fn eq(&self, other: &Self) -> bool {
        self.state == other.state
            && std::ptr::eq(self.text, other.text)
            && self.settings == other.settings
            && self.uid == other.uid
    }
}

impl Quiz {
    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    /// A click handler that dispatches `action`.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |_| state.dispatch(action.clone()))
    }

    /// An id unique to this widget instance.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.uid)
    }
}

/// The widget's shared state, or `None` outside an [`App`].
#[hook]
pub fn use_quiz() -> Option<Quiz> {
    use_context::<Quiz>()
}

#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub settings: Rc<Settings>,
}

fn next_uid() -> Rc<str> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("ic{}", NEXT.fetch_add(1, Ordering::Relaxed)).into()
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo(props.settings.storage_key.clone(), |ns| Store::new(ns.as_deref()));
    let state = use_reducer({
        let store = store.clone();
        move || {
            let (progress, notice) = store.load();
            State::new(progress, notice, today())
        }
    });
    // Data from a newer widget version must never be overwritten by this one.
    let frozen = use_memo((), |_| state.notice == Some(Notice::Newer));
    let focus = use_node_ref();
    let uid = use_memo((), |_| next_uid());

    {
        let store = store.clone();
        let state = state.clone();
        let frozen = *frozen;
        use_effect_with(state.progress.clone(), move |progress| {
            if !frozen && store.save(progress).is_err() && state.notice.is_none() {
                state.dispatch(Action::Notify(Notice::NotSaving));
            }
        });
    }

    use_focus_on_change(state.screen(), focus.clone());

    let quiz = Quiz {
        state: state.clone(),
        text: catalog(props.settings.lang),
        settings: props.settings.clone(),
        focus,
        uid: (*uid).clone(),
    };
    let screen = match state.screen() {
        Screen::Intro => html! { <Intro /> },
        Screen::Question(q) => html! { <QuestionScreen question={q} /> },
        Screen::Results => html! { <ResultsScreen /> },
        Screen::Plan => html! { <PlanScreen /> },
        Screen::Compare => html! { <CompareScreen /> },
    };
    html! {
        <ContextProvider<Quiz> context={quiz}>
            <div class="ic" lang={props.settings.lang.tag()}>
                <NoticeBar />
                { screen }
            </div>
        </ContextProvider<Quiz>>
    }
}
