//! What every screen reaches through context with [`use_quiz`]: the state, a way to
//! dispatch actions, the words, the settings and ids. It holds no store and does no I/O:
//! what must happen outside comes back from the reducer as an [`Effect`].

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::settings::Settings;
use crate::core::state::{Action, Effect, State};

/// The state plus the effects the reducer asked for that the shell has not performed yet.
/// The outbox is shared by every version of the state of one widget.
#[derive(Clone, PartialEq)]
pub struct Live {
    pub state: State,
    pub outbox: Outbox,
}

/// Effects waiting for the shell, in order.
#[derive(Clone, Default)]
pub struct Outbox(Rc<RefCell<Vec<Effect>>>);

impl PartialEq for Outbox {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Outbox {
    pub fn take(&self) -> Vec<Effect> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

impl Live {
    pub fn new(state: State) -> Live {
        let outbox = Outbox::default();
        outbox.0.borrow_mut().extend(state.first_effects());
        Live { state, outbox }
    }
}

impl Reducible for Live {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let (next, effects) = self.state.step(action);
        // Returning the same Rc for a no-op lets Yew skip the render. Effects need one:
        // they are performed after it.
        if next.is_none() && effects.is_empty() {
            return self;
        }
        self.outbox.0.borrow_mut().extend(effects);
        Rc::new(Live { state: next.unwrap_or_else(|| self.state.clone()), outbox: self.outbox.clone() })
    }
}

/// What every screen needs, handed down through context.
#[derive(Clone)]
pub struct Quiz {
    live: UseReducerHandle<Live>,
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
        self.live == other.live
            && std::ptr::eq(self.text, other.text)
            && self.settings == other.settings
            && self.uid == other.uid
    }
}

impl Quiz {
    pub fn new(
        live: UseReducerHandle<Live>,
        text: &'static Catalog,
        settings: Rc<Settings>,
        focus: NodeRef,
        uid: Rc<str>,
    ) -> Quiz {
        Quiz { live, text, settings, focus, uid }
    }

    pub fn state(&self) -> &State {
        &self.live.state
    }

    pub fn dispatch(&self, action: Action) {
        self.live.dispatch(action);
    }

    /// An event handler that dispatches `action`.
    pub fn on<E>(&self, action: Action) -> Callback<E> {
        let live = self.live.clone();
        Callback::from(move |_| live.dispatch(action.clone()))
    }

    /// A dispatcher to use after an `await`.
    pub fn dispatcher(&self) -> Callback<Action> {
        let live = self.live.clone();
        Callback::from(move |a| live.dispatch(a))
    }

    /// An id unique to this widget instance.
    pub fn id(&self, name: &str) -> String {
        format!("{}-{name}", self.uid)
    }
}

/// The widget's shared state, or `None` outside a widget.
#[hook]
pub fn use_quiz() -> Option<Quiz> {
    use_context::<Quiz>()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answer::Answer;
    use crate::core::bank::ASKED;
    use crate::core::state::{HostEvent, Screen};

    #[test]
    fn every_effect_of_a_batch_waits_in_order_until_the_shell_takes_it() {
        let mut live = Rc::new(Live::new(State::default()));
        assert_eq!(live.outbox.take(), [Effect::Save], "what was loaded is written first");
        live = live.reduce(Action::Start);
        for q in 0..ASKED {
            live = live.reduce(Action::Choose { question: q, answer: Answer::Agree });
            live = live.reduce(Action::Next);
        }
        live = live.reduce(Action::MakePlan);
        assert_eq!(live.state.screen(), Screen::Plan);
        let effects = live.outbox.take();
        let events: Vec<_> = effects.iter().filter_map(|e| if let Effect::Announce(h) = e { Some(*h) } else { None }).collect();
        assert_eq!(events, [HostEvent::QuizCompleted, HostEvent::PlanCreated], "both delivered, in order");
        assert!(live.outbox.take().is_empty(), "each effect is taken once");
    }

    #[test]
    fn a_no_op_keeps_the_same_state_and_an_effect_alone_still_renders() {
        let live = Rc::new(Live::new(State::default()));
        let same = live.clone().reduce(Action::Back);
        assert!(Rc::ptr_eq(&live, &same), "nothing changed: no render");
        let mut finished = Live::new(State::default()).state;
        finished.progress.answers.set(0, Answer::Agree);
        let live = Rc::new(Live::new(finished));
        live.outbox.take();
        let after = live.clone().reduce(Action::News(Box::new(crate::core::state::StorageNews::Cleared)));
        assert!(!Rc::ptr_eq(&live, &after), "a render runs the effect");
        assert_eq!(after.outbox.take(), [Effect::Save]);
    }
}
