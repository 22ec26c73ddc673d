//! A calm message about saving, shown until the visitor closes it.

use yew::prelude::*;

use super::action_button;

use crate::core::words;
use crate::quiz::Quiz;
use crate::core::state::Action;

/// A plain function: it has no hooks.
pub fn notice_bar(quiz: &Quiz) -> Html {
    let Some(notice) = quiz.state().notice else { return html! {} };
    html! {
        <div class="ic-notice" role="status">
            <p>{ words::notice(quiz.text, notice) }</p>
            { action_button(&quiz, "ic-button ic-secondary ic-small", Action::DismissNotice, quiz.text.ui.dismiss) }
        </div>
    }
}
