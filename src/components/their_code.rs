//! The field for the partner's code.

use yew::prelude::*;

use crate::core::state::Action;
use crate::quiz::use_quiz;

#[component]
pub fn TheirCode() -> Html {
    let quiz = use_quiz();
    let field = use_node_ref();
    let Some(quiz) = quiz else { return html! {} };
    let t = &quiz.text.partner;
    let onsubmit = {
        let (quiz, field) = (quiz.clone(), field.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = field.cast::<web_sys::HtmlInputElement>() {
                quiz.dispatch(Action::EnterPartnerCode(input.value()));
            }
        })
    };
    let id = quiz.id("their-code");
    html! {
        <form class="ic-partner-part" {onsubmit}>
            <h3>{ t.their_code_title }</h3>
            <label for={id.clone()} class="ic-label">{ t.their_code_label }</label>
            <input {id} class="ic-field ic-code-field" type="text" ref={field} autocomplete="off"
                autocapitalize="characters" spellcheck="false" inputmode="text" />
            <div class="ic-actions">
                <button type="submit" class="ic-button ic-primary">{ t.compare_button }</button>
            </div>
        </form>
    }
}
