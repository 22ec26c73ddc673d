//! The first screen: what the quiz is, how long it takes, and that it stays private.

use yew::prelude::*;

use super::{about_quiz, action_button, help_line, restart};
use crate::quiz::Quiz;
use crate::core::words::{intro_how, intro_new_statements, offered_by, resume_note};
use crate::core::state::Action;

/// A plain function: it has no hooks of its own.
pub fn intro(quiz: &Quiz) -> Html {
    let ui = &quiz.text.ui;
    let progress = &quiz.state().progress;
    let answered = !progress.answers.is_empty();
    // Anything of the visitor's on this device: answers, earlier results or a plan.
    let started = !progress.is_empty();
    let (action_label, note) = if progress.finished {
        (ui.see_results_again, None)
    } else if progress.catching_up() {
        (ui.answer_new, Some(intro_new_statements(quiz.text, progress.answers.new_missing())))
    } else if answered {
        (ui.resume, Some(resume_note(quiz.text, progress.answers.len())))
    } else {
        (ui.start, None)
    };
    html! {
        <section key="intro" class="ic-screen ic-intro" aria-labelledby={quiz.id("title")}>
            <h2 id={quiz.id("title")} class="ic-title" tabindex="-1" ref={quiz.focus.clone()}>{ ui.title }</h2>
            <p class="ic-lead">{ ui.intro_lead }</p>
            <p>{ intro_how(quiz.text) }</p>
            <ul class="ic-facts">
                <li>{ ui.intro_private }</li>
                <li>{ ui.intro_not_diagnosis }</li>
            </ul>
            if let Some(practice) = quiz.settings.practice_name.as_deref() {
                <p class="ic-offered">{ offered_by(quiz.text, practice) }</p>
            }
            if let Some(note) = note {
                <p class="ic-resume-note">{ note }</p>
            }
            <div class="ic-actions">
                { action_button(&quiz, "ic-button ic-primary", Action::Start, action_label) }
            </div>
            if progress.plan.is_some() {
                <div class="ic-actions">
                    { action_button(&quiz, "ic-button ic-secondary", Action::ShowPlan, quiz.text.plan.see_plan) }
                </div>
            }
            if !started && !quiz.state().private {
                <div class="ic-actions">
                    { action_button(&quiz, "ic-button ic-link", Action::StartPrivate, quiz.text.privacy.start_private) }
                </div>
            }
            { about_quiz(quiz) }
            { help_line(quiz) }
            if started {
                { restart(&quiz) }
            }
        </section>
    }
}
