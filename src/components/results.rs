//! What the answers say: the overall band, every area as a chart and as text, the strongest
//! and weakest areas, and where to get help.

use yew::prelude::*;

use super::{about_quiz, action_button, counsellor_sheet, for_counsellor, area_chart, help_line, help_panel, plan_form, restart, safety_check_offer, safety_panel, ChartRow};
use crate::quiz::Quiz;
use crate::core::catalog::Catalog;
use crate::core::words::{area_score, overall_score};
use crate::core::scoring::{score, AreaScore, Results};
use crate::core::bank::{ASKED, QUESTION_COUNT};
use crate::core::state::Action;

fn highlight(text: &Catalog, title: &'static str, a: &AreaScore) -> Html {
    let area = text.area(a.area);
    html! {
        <div class="ic-highlight">
            <h3>{ title }</h3>
            <p class="ic-highlight-name">{ area.name }</p>
            <p>{ area.meaning }</p>
            if let Some(band) = a.band() {
                <p>{ area.guidance(band) }</p>
            }
        </div>
    }
}

/// The overall score and band, in plain words.
fn overall(text: &Catalog, results: &Results) -> Html {
    let ui = &text.ui;
    match (results.overall, results.overall_band()) {
        (Some(n), Some(band)) => html! {
            <div class={["ic-overall ic-band-0", "ic-overall ic-band-1", "ic-overall ic-band-2"][band.index()]}>
                <p class="ic-overall-score">{ overall_score(text, n) }</p>
                <p class="ic-band-name">{ text.band(band).name }</p>
                <p>{ text.band(band).overall }</p>
            </div>
        },
        _ => html! { <div class="ic-overall"><p>{ ui.overall_unknown }</p></div> },
    }
}

/// The strongest and weakest areas, or that they are all even.
fn extremes(text: &Catalog, results: &Results) -> Html {
    let ui = &text.ui;
    match (results.strongest(), results.weakest()) {
        (Some(s), Some(w)) if s.score != w.score => html! {
            <div class="ic-highlights">
                { highlight(text, ui.strongest_title, s) }
                { highlight(text, ui.weakest_title, w) }
            </div>
        },
        (Some(_), Some(_)) if results.scored().count() > 1 => html! { <p>{ ui.all_even }</p> },
        _ => html! {},
    }
}

/// The chart's text equivalent: every area as "<name>: N out of 100", opening onto what the
/// area means and what might help.
fn area_list(text: &Catalog, results: &Results) -> Html {
    let items = results.areas.iter().map(|a| {
        let area = text.area(a.area);
        html! {
            <li class="ic-area">
                <details>
                    <summary>
                        <span class="ic-area-line">{ area_score(text, a) }</span>
                        if let Some(band) = a.band() {
                            <span class="ic-chip">{ text.band(band).name }</span>
                        }
                    </summary>
                    <div class="ic-area-more">
                        <p>{ area.meaning }</p>
                        if let Some(band) = a.band() {
                            <p>{ area.guidance(band) }</p>
                        }
                    </div>
                </details>
            </li>
        }
    });
    html! { <ul class="ic-area-list">{ for items }</ul> }
}

/// A plain function: it has no hooks of its own.
pub fn results_screen(quiz: &Quiz) -> Html {
    let text = quiz.text;
    let ui = &text.ui;
    let t = &text.plan;
    let state = quiz.state();
    let results = score(state.answers());
    let afraid = state.afraid();
    // Results finished before the safety check existed (or with all of it skipped).
    let check_unanswered = (QUESTION_COUNT..ASKED).all(|p| state.answers().get(p).is_none());
    let has_plan = quiz.state().progress.plan.is_some();
    let history = quiz.state().progress.history.len();
    let rows: Vec<ChartRow> = results
        .areas
        .iter()
        .map(|a| ChartRow {
            name: text.area(a.area).name.into(),
            bars: vec![a.score],
        })
        .collect();

    html! {
        <section key="results" class={classes!("ic-screen", "ic-results", state.printing_answers.then_some("ic-printing-answers"))}>
            <h2 class="ic-title" tabindex="-1" ref={quiz.focus.clone()}>{ ui.results_title }</h2>
            if afraid {
                { safety_panel(quiz) }
            }
            { overall(text, &results) }
            <p class="ic-note">{ ui.not_diagnosis }</p>
            { about_quiz(quiz) }
            if check_unanswered {
                { safety_check_offer(quiz) }
            }
            { extremes(text, &results) }
            <h3>{ ui.scores_title }</h3>
            { area_chart(&quiz, ui.chart_title, &rows) }
            { area_list(text, &results) }
            if has_plan {
                <div class="ic-actions">
                    { action_button(&quiz, "ic-button ic-primary", Action::ShowPlan, t.see_plan) }
                </div>
            }
            // The safety panel is the help for a visitor who may not be safe.
            if !afraid {
                { help_line(quiz) }
            }
            if has_plan {
                <details class="ic-new-plan">
                    <summary>{ t.make_new_plan }</summary>
                    { plan_form(quiz) }
                </details>
            } else {
                { plan_form(quiz) }
            }
            { help_panel(&quiz) }
            { for_counsellor(quiz) }
            if state.printing_answers {
                { counsellor_sheet(quiz) }
            }
            <div class="ic-actions">
                if history > 1 {
                    { action_button(&quiz, "ic-button ic-secondary", Action::Compare(history - 2), t.compare) }
                }
                if !afraid {
                    { action_button(&quiz, "ic-button ic-secondary", Action::ShowPartner, text.partner.open) }
                }
                { action_button(&quiz, "ic-button ic-secondary", Action::ChangeAnswers, ui.change_answers) }
            </div>
            { restart(&quiz) }
        </section>
    }
}
