//! A question asked before something that cannot be undone ("Start again", "Delete
//! everything"): a button that opens it, and the question with "keep" and "yes". Focus
//! moves into the question when it opens and back to the button when it closes.

use yew::prelude::*;

use crate::quiz::use_quiz;
use crate::core::state::Action;
use crate::hooks::use_focus_on_change;

#[derive(Properties, PartialEq, Clone)]
pub struct ConfirmProps {
    /// Whether the question is open.
    pub open: bool,
    /// The button that asks.
    pub label: AttrValue,
    pub question: AttrValue,
    pub keep: AttrValue,
    pub yes: AttrValue,
    pub ask: Action,
    pub cancel: Action,
    pub confirm: Action,
    /// A name for ids, unique within the widget.
    pub name: AttrValue,
    #[prop_or_else(|| AttrValue::from("ic-link"))]
    pub button_class: AttrValue,
}

#[component]
pub fn Confirm(props: &ConfirmProps) -> Html {
    let quiz = use_quiz();
    let panel = use_node_ref();
    let button = use_node_ref();
    use_focus_on_change(props.open, if props.open { panel.clone() } else { button.clone() });
    let Some(quiz) = quiz else { return html! {} };
    if !props.open {
        return html! {
            <button type="button" class={classes!("ic-button", props.button_class.to_string())} ref={button}
                onclick={quiz.on(props.ask.clone())}>
                { props.label.clone() }
            </button>
        };
    }
    let msg_id = quiz.id(&format!("{}-question", props.name));
    html! {
        <div class="ic-confirm" role="group" aria-labelledby={msg_id.clone()}>
            <p id={msg_id} tabindex="-1" ref={panel}>{ props.question.clone() }</p>
            <div class="ic-actions">
                <button type="button" class="ic-button ic-secondary" onclick={quiz.on(props.cancel.clone())}>
                    { props.keep.clone() }
                </button>
                <button type="button" class="ic-button ic-quiet" onclick={quiz.on(props.confirm.clone())}>
                    { props.yes.clone() }
                </button>
            </div>
        </div>
    }
}
