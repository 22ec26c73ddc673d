//! The widget's root component: owns the state, saves it, keeps it in step with other
//! widgets and tabs, applies the practice's theme, tells the host page what happened, and
//! moves focus between screens.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::{CompareScreen, Intro, NoticeBar, PlanScreen, QuestionScreen, ResultsScreen};
use crate::core::catalog::{catalog, Catalog};
use crate::core::settings::{Settings, StartAt};
use crate::core::state::{Action, HostEvent, Notice, Progress, Screen, State};
use crate::download::today;
use crate::hooks::use_focus_on_change;
use crate::storage::{Incoming, Store};

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

    /// An event handler that dispatches `action`.
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
}

fn next_uid() -> Rc<str> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(1);
    format!("ic{}", NEXT.fetch_add(1, Ordering::Relaxed)).into()
}

/// The first state: what was saved, opened on the plan if the practice asked for that.
fn first_state(store: &Store, start: StartAt) -> State {
    let (mut progress, notice) = store.load();
    if start == StartAt::Plan && progress.plan.is_some() {
        progress.screen = Screen::Plan;
    }
    State::new(progress, notice, today())
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo(props.settings.storage_key.clone(), |ns| Store::new(ns.as_deref()));
    let state = use_reducer({
        let (store, start) = (store.clone(), props.settings.start);
        move || first_state(&store, start)
    });
    // Data from a newer widget version must never be overwritten by this one.
    let frozen = state.notice == Some(Notice::Newer);
    let focus = use_node_ref();
    let root = use_node_ref();
    let uid = use_memo((), |_| next_uid());

    // Pointed at another storage key while running: show that key's data.
    {
        let state = state.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(store.clone(), move |store| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                state.dispatch(Action::Replace(Box::new(store.load().0)));
            }
        });
    }

    // Save every change at once.
    {
        let (store, state) = (store.clone(), state.clone());
        use_effect_with(state.progress.clone(), move |progress| {
            if !frozen && store.save(progress).is_err() && state.notice.is_none() {
                state.dispatch(Action::Notify(Notice::NotSaving));
            }
        });
    }

    // Take in changes made by other widgets on this page and other tabs.
    {
        let state = state.clone();
        use_effect_with(store.clone(), move |store| {
            let (store_now, state_now) = (store.clone(), state.clone());
            let watch = store.watch(Callback::from(move |incoming| match incoming {
                Incoming::Saved(p) => state_now.dispatch(Action::Sync(Box::new(p))),
                Incoming::Removed => state_now.dispatch(Action::Replace(Box::new(Progress::default()))),
                // Something else emptied storage: put back what this widget holds.
                Incoming::Cleared => {
                    let _ = store_now.save(&state_now.progress);
                }
            }));
            move || drop(watch)
        });
    }

    // Tell the host page: ready once, then each event as it happens.
    {
        let on_event = props.on_event.clone();
        use_effect_with((), move |_| {
            if let Some(cb) = on_event {
                cb.emit(WidgetEvent::Ready);
            }
        });
        let on_event = props.on_event.clone();
        let last = state.last_event;
        let seen = use_mut_ref(|| state.events);
        use_effect_with(state.events, move |count| {
            if *seen.borrow() != *count {
                *seen.borrow_mut() = *count;
                if let (Some(cb), Some(e)) = (on_event, last) {
                    cb.emit(WidgetEvent::Host(e));
                }
            }
        });
    }

    // The practice's accent, set through the CSSOM: a strict CSP blocks style attributes.
    {
        let root = root.clone();
        use_effect_with(props.settings.accent, move |accent| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                let style = el.style();
                match accent {
                    Some(a) => {
                        let _ = style.set_property("--ic-accent", &a.light.hex());
                        let _ = style.set_property("--ic-accent-dark", &a.dark.hex());
                    }
                    None => {
                        let _ = style.remove_property("--ic-accent");
                        let _ = style.remove_property("--ic-accent-dark");
                    }
                }
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
            <div class="ic" lang={props.settings.lang.tag()} ref={root}>
                <NoticeBar />
                { screen }
            </div>
        </ContextProvider<Quiz>>
    }
}
