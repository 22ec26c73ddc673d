//! The widget's root component: owns the state, saves it, keeps it in step with other
//! widgets and tabs, applies the practice's theme, tells the host page what happened,
//! watches for quick exit, and moves focus between screens.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::{
    CompareScreen, Intro, NoticeBar, PlanScreen, PrivacyPanel, QuestionScreen, QuickExit, ResultsScreen, UnlockScreen,
};
use crate::core::catalog::{catalog, Catalog};
use crate::core::settings::{Settings, StartAt};
use crate::core::state::{Action, HostEvent, Lock, Notice, Progress, Screen, State};
use crate::download::today;
use crate::hooks::use_focus_on_change;
use crate::core::saved::Loaded;
use crate::storage::{Incoming, StorageError, Store};

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
    /// This widget's saved data (the lock form and unlock screen need it).
    pub store: Rc<Store>,
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
            && Rc::ptr_eq(&self.store, &other.store)
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

    /// A dispatcher to use after an `await`.
    pub fn dispatcher(&self) -> Callback<Action> {
        let state = self.state.clone();
        Callback::from(move |a| state.dispatch(a))
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
    let opened = store.load();
    let mut progress = opened.progress;
    if start == StartAt::Plan && progress.plan.is_some() {
        progress.screen = Screen::Plan;
    }
    let mut state = State::new(progress, opened.notice, today());
    state.read_only |= opened.read_only;
    if opened.locked {
        state.lock = Lock::NeedsPassphrase;
    }
    state
}

/// What callbacks that outlive a render (other tabs, retries) need to know right now.
#[derive(Clone, Default)]
struct Live {
    progress: Progress,
    may_save: bool,
    private: bool,
    lock: Lock,
}

/// Quick exit: Shift pressed and released on its own this many times within the window.
const SHIFT_TAPS: usize = 3;
const SHIFT_WINDOW_MS: f64 = 2000.0;
/// How often to try saving again after storage failed.
const RETRY_MS: u32 = 5000;

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_memo(props.settings.storage_key.clone(), |ns| Store::new(ns.as_deref()));
    let state = use_reducer({
        let (store, start) = (store.clone(), props.settings.start);
        move || first_state(&store, start)
    });
    let focus = use_node_ref();
    let root = use_node_ref();
    let uid = use_memo((), |_| next_uid());
    let live = use_mut_ref(Live::default);
    *live.borrow_mut() =
        Live { progress: state.progress.clone(), may_save: state.may_save(), private: state.private, lock: state.lock };

    // Pointed at another storage key while running: start over from that key's data.
    {
        let (state, start) = (state.clone(), props.settings.start);
        let first = use_mut_ref(|| true);
        use_effect_with(store.clone(), move |store| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                state.dispatch(Action::Load(Box::new(first_state(store, start))));
            }
        });
    }

    // Save every change at once (and when the lock changes, so locking writes encrypted
    // at once); if storage fails, say so and keep trying.
    let failing = use_state(|| false);
    {
        let (store, state, failing) = (store.clone(), state.clone(), failing.clone());
        let deps = (state.progress.clone(), state.may_save(), state.lock);
        use_effect_with(deps, move |(progress, may_save, _)| {
            if *may_save {
                match store.save(progress) {
                    Ok(()) => {}
                    Err(StorageError::Locked) => state.dispatch(Action::NeedPassphrase),
                    Err(_) => {
                        if state.notice.is_none() {
                            state.dispatch(Action::Notify(Notice::NotSaving));
                        }
                        failing.set(true);
                    }
                }
            }
        });
    }
    {
        let (store, state, live, failing_now) = (store.clone(), state.clone(), live.clone(), failing.clone());
        use_effect_with(*failing, move |failing| {
            let retry = failing.then(|| {
                Interval::new(RETRY_MS, move || {
                    let now = live.borrow().clone();
                    if !now.may_save {
                        return;
                    }
                    // Storage is back: take in whatever it holds before writing over it.
                    let mut merged = now.progress.clone();
                    match store.stored() {
                        Err(_) => return,
                        Ok(Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. }) => {
                            merged.merge_from(&p);
                            state.dispatch(Action::Sync(Box::new(p)));
                        }
                        Ok(Loaded::Locked(_)) if !store.has_key() => {
                            state.dispatch(Action::NeedPassphrase);
                            failing_now.set(false);
                            return;
                        }
                        Ok(Loaded::Newer { .. }) => {
                            state.dispatch(Action::Notify(Notice::Newer));
                            failing_now.set(false);
                            return;
                        }
                        Ok(_) => {}
                    }
                    if store.save(&merged).is_ok() {
                        state.dispatch(Action::StorageBack);
                        failing_now.set(false);
                    }
                })
            });
            move || drop(retry)
        });
    }

    // Delete everything: once per request.
    {
        let (store, seen) = (store.clone(), use_mut_ref(|| state.deletions));
        use_effect_with(state.deletions, move |count| {
            if std::mem::replace(&mut *seen.borrow_mut(), *count) != *count {
                let _ = store.delete_all();
            }
        });
    }

    // Take in changes made by other widgets on this page and other tabs. A private session
    // takes in nothing and writes nothing.
    {
        let (state, live, failing) = (state.clone(), live.clone(), failing.clone());
        use_effect_with(store.clone(), move |store| {
            let (store_now, state_now) = (store.clone(), state.clone());
            let watch = store.watch(Callback::from(move |incoming| {
                let now = live.borrow().clone();
                if now.private {
                    return;
                }
                match incoming {
                    Incoming::Shared(p) => state_now.dispatch(Action::Sync(Box::new(p))),
                    // Readable data from another tab while locked here: the lock was removed there.
                    Incoming::Saved(p) if now.lock != Lock::Off => {
                        store_now.forget_key();
                        state_now.dispatch(Action::LockRemovedElsewhere(Box::new(p)));
                    }
                    Incoming::Saved(p) => state_now.dispatch(Action::Sync(Box::new(p))),
                    Incoming::Locked(envelope) if store_now.has_key() => {
                        let (store, state) = (store_now.clone(), state_now.clone());
                        wasm_bindgen_futures::spawn_local(async move {
                            if let Some(p) = store.open_locked(&envelope).await {
                                state.dispatch(Action::Sync(Box::new(p)));
                            }
                        });
                    }
                    // Locked in another tab: stop showing and saving until unlocked here.
                    Incoming::Locked(_) => state_now.dispatch(Action::NeedPassphrase),
                    Incoming::LockShared(on) => state_now.dispatch(Action::LockShared(on)),
                    Incoming::Removed => {
                        store_now.forget_key();
                        state_now.dispatch(Action::DeletedElsewhere);
                    }
                    // Something else emptied storage: put back what this widget holds.
                    Incoming::Cleared if now.may_save => {
                        let _ = store_now.save(&now.progress);
                    }
                    Incoming::Cleared => {}
                    Incoming::WriteFailed => {
                        state_now.dispatch(Action::Notify(Notice::NotSaving));
                        failing.set(true);
                    }
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
            if std::mem::replace(&mut *seen.borrow_mut(), *count) != *count {
                if let (Some(cb), Some(e)) = (on_event, last) {
                    cb.emit(WidgetEvent::Host(e));
                }
            }
        });
    }

    // Quick exit: Shift tapped on its own three times, anywhere on the page. Shift held
    // for capital letters does not count: another key in between cancels the tap.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let taps: Rc<RefCell<(bool, Vec<f64>)>> = Rc::default();
            let window = web_sys::window();
            let capture = EventListenerOptions::run_in_capture_phase();
            let down = {
                let taps = taps.clone();
                window.as_ref().map(|w| {
                    EventListener::new_with_options(w, "keydown", capture, move |e| {
                        let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                        let mut t = taps.borrow_mut();
                        if key.key() == "Shift" {
                            t.0 = !key.repeat();
                        } else {
                            t.0 = false;
                            t.1.clear();
                        }
                    })
                })
            };
            let up = window.as_ref().map(|w| {
                EventListener::new_with_options(w, "keyup", capture, move |e| {
                    let Some(key) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    let mut t = taps.borrow_mut();
                    if key.key() != "Shift" || !std::mem::replace(&mut t.0, false) {
                        return;
                    }
                    let now = js_sys::Date::now();
                    t.1.retain(|at| now - at < SHIFT_WINDOW_MS);
                    t.1.push(now);
                    if t.1.len() >= SHIFT_TAPS {
                        t.1.clear();
                        state.dispatch(Action::QuickExit);
                    }
                })
            });
            move || drop((down, up))
        });
    }
    {
        let exit_to = props.settings.exit_href().to_string();
        use_effect_with(state.exited, move |exited| {
            if *exited {
                // replace(), not assign(): Back must not return here.
                if let Some(w) = web_sys::window() {
                    let _ = w.location().replace(&exit_to);
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

    let locked = state.lock == Lock::NeedsPassphrase;
    use_focus_on_change(state.focus_requests, focus.clone());

    if state.exited {
        // Hide everything at once, before the browser has even left.
        return html! { <div class="ic ic-exited" ref={root}></div> };
    }
    let quiz = Quiz {
        state: state.clone(),
        text: catalog(props.settings.lang),
        settings: props.settings.clone(),
        store: store.clone(),
        focus,
        uid: (*uid).clone(),
    };
    let screen = match state.screen() {
        _ if locked => html! { <UnlockScreen /> },
        Screen::Intro => html! { <Intro /> },
        Screen::Question(q) => html! { <QuestionScreen question={q} /> },
        Screen::Results => html! { <ResultsScreen /> },
        Screen::Plan => html! { <PlanScreen /> },
        Screen::Compare => html! { <CompareScreen /> },
    };
    html! {
        <ContextProvider<Quiz> context={quiz}>
            <div class="ic" lang={props.settings.lang.tag()} ref={root}>
                <QuickExit />
                <NoticeBar />
                { screen }
                <PrivacyPanel />
            </div>
        </ContextProvider<Quiz>>
    }
}
