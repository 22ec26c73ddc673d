//! A calm message about saving, shown until the visitor closes it.

use yew::prelude::*;

use crate::quiz::use_quiz;
use crate::core::state::Action;

#[component]
pub fn NoticeBar() -> Html {
    let Some(quiz) = use_quiz() else { return html! {} };
    let Some(notice) = quiz.state().notice else { return html! {} };
    html! {
        <div class="ic-notice" role="status">
            <p>{ quiz.text.notice(notice) }</p>
            <button type="button" class="ic-button ic-secondary ic-small" onclick={quiz.on(Action::DismissNotice)}>
                { quiz.text.ui.dismiss }
            </button>
        </div>
    }
}
