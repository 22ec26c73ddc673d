//! The choices before a plan is made: length, minutes a day, kinds of activity, and who
//! takes part. Native radios and checkboxes in fieldsets.

use yew::prelude::*;

use super::reminder_fields;
use crate::quiz::Quiz;
use crate::core::catalog::KindText;
use crate::core::words::{self, minutes_option, weeks_option};
use crate::core::plan::activity::Kind;
use crate::core::plan::choices::{Partner, MINUTE_OPTIONS, WEEK_OPTIONS};
use crate::core::state::Action;

/// One question of the form: a fieldset of options, side by side when they are short.
fn choice(legend: &'static str, row: bool, options: Vec<Html>) -> Html {
    html! {
        <fieldset class="ic-choice">
            <legend>{ legend }</legend>
            <div class={classes!("ic-options", row.then_some("ic-options-row"))}>{ for options }</div>
        </fieldset>
    }
}

/// A plain function: it has no hooks of its own.
pub fn plan_form(quiz: &Quiz) -> Html {
    let t = &quiz.text.plan;
    let state = quiz.state();
    let choices = &state.progress.choices;
    let has_plan = state.progress.plan.is_some();
    // A visitor who may not be safe gets a plan for themself alone: no partner choice.
    let alone = state.afraid();

    let radio = |group: &str, label: String, checked: bool, action: Action| {
        html! {
            <label class={classes!("ic-option", "ic-option-small", checked.then_some("ic-chosen"))}>
                <input type="radio" name={quiz.id(group)} {checked} onchange={quiz.on::<Event>(action)} />
                <span>{ label }</span>
            </label>
        }
    };
    let weeks = WEEK_OPTIONS.iter().map(|&w| {
        radio("weeks", weeks_option(quiz.text, w), choices.weeks == w, Action::SetWeeks(w))
    });
    let minutes = MINUTE_OPTIONS.iter().map(|&m| {
        radio(
            "minutes",
            minutes_option(quiz.text, m),
            choices.minutes_per_day == m,
            Action::SetMinutes(m),
        )
    });
    let partner = [(Partner::Together, t.partner_together), (Partner::Alone, t.partner_alone)]
        .into_iter()
        .map(|(p, label)| radio("partner", label.to_string(), choices.partner == p, Action::SetPartner(p)));
    let kinds = Kind::ALL.iter().map(|&kind| {
        let open = choices.kinds.contains(&kind);
        let KindText { name, hint } = quiz.text.kind(kind);
        html! {
            <label class={classes!("ic-option", "ic-option-small", open.then_some("ic-chosen"))}>
                <input type="checkbox" checked={open}
                    onchange={quiz.on::<Event>(Action::SetKind { kind, open: !open })} />
                <span><span class="ic-option-name">{ name }</span>
                    <span class="ic-option-hint">{ hint }</span></span>
            </label>
        }
    });
    let onsubmit = {
        let quiz = quiz.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            quiz.dispatch(Action::MakePlan);
        })
    };
    let title_id = quiz.id("plan-form-title");
    html! {
        <section class="ic-plan-form ic-no-print" aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ if has_plan { t.make_new_plan } else if alone { quiz.text.safety.plan_title } else { t.form_title } }</h3>
            if alone {
                <p class="ic-safety-note">{ quiz.text.safety.plan_note }</p>
            } else {
                <p>{ t.form_intro }</p>
            }
            <form {onsubmit}>
                { choice(t.weeks_label, true, weeks.collect()) }
                { choice(t.minutes_label, true, minutes.collect()) }
                { choice(t.kinds_label, false, kinds.collect()) }
                if !alone {
                    { choice(t.partner_label, true, partner.collect()) }
                }
                { reminder_fields(quiz, "form") }
                if let Some(message) = state.plan_message {
                    <p class="ic-message" role="alert">{ words::plan_message(quiz.text, message) }</p>
                }
                if has_plan {
                    <p class="ic-note">{ t.form_replaces }</p>
                }
                <div class="ic-actions">
                    <button type="submit" class={classes!("ic-button", if has_plan { "ic-secondary" } else { "ic-primary" })}>
                        { if has_plan { t.make_new_plan } else { t.make_plan } }
                    </button>
                </div>
            </form>
        </section>
    }
}
