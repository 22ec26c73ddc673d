//! Both views side by side: a chart and its text, how far apart each area is in plain
//! words, shared strengths, where both want more, things to talk about, the partner's name
//! and whether to keep their answers, and the plan for two.

use yew::prelude::*;

use super::{action_button, area_chart, ChartRow};
use crate::core::catalog::Catalog;
use crate::core::words::{partner_area_line, partner_focus_reason};
use crate::core::partner::compare::{compare, plan_focus, Comparison, Gap};
use crate::core::state::Action;
use crate::quiz::Quiz;

fn gap_text(text: &Catalog, gap: Gap) -> &'static str {
    let t = &text.partner;
    match gap {
        Gap::Similar => t.gap_similar,
        Gap::WorthTalking => t.gap_worth_talking,
        Gap::GoodPlaceToStart => t.gap_good_start,
    }
}

/// Each area as "you 38, Sam 75, out of 100", and the gap in words.
fn area_lines(text: &Catalog, c: &Comparison, name: &str) -> Html {
    let items = c.areas.iter().map(|p| {
        let line = partner_area_line(text, p, name);
        html! { <li>{ line }{ " " }if let Some(g) = p.gap() { <strong>{ gap_text(text, g) }</strong> }</li> }
    });
    html! { <ul class="ic-area-list ic-plain-list">{ for items }</ul> }
}

/// A titled list of area names, or nothing when it is empty.
fn area_names(text: &Catalog, title: &'static str, areas: &[crate::core::bank::AreaId]) -> Html {
    if areas.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h4>{ title }</h4>
            <ul class="ic-plain-list">{ for areas.iter().map(|a| html! { <li>{ text.area(*a).name }</li> }) }</ul>
        </>
    }
}

/// A plain function: it has no hooks of its own.
pub fn partner_views(quiz: &Quiz) -> Html {
    let text = quiz.text;
    let t = &text.partner;
    let p = &quiz.state().progress;
    let Some(partner) = p.partner.as_ref() else { return html! {} };
    let own = p.latest_answers();
    let c = compare(own, &partner.view);
    let name = if partner.name.trim().is_empty() { t.partner_default.to_string() } else { partner.name.clone() };
    let rows: Vec<ChartRow> =
        c.areas.iter().map(|a| ChartRow { name: text.area(a.area).name.into(), bars: vec![a.mine, a.theirs] }).collect();
    let talk = c.furthest.iter().zip([t.talk_1, t.talk_2, t.talk_3, t.talk_4, t.talk_5]).map(|(&q, ask)| {
        html! { <li><p class="ic-quote">{ text.statement(q) }</p><p>{ ask }</p></li> }
    });
    let reasons = plan_focus(&c)
        .into_iter()
        .map(|(area, why)| html! { <li>{ partner_focus_reason(text, area, why) }</li> });
    let on_name = {
        let quiz = quiz.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                quiz.dispatch(Action::PartnerName(input.value()));
            }
        })
    };
    let on_keep = {
        let quiz = quiz.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                quiz.dispatch(Action::KeepPartner(input.checked()));
            }
        })
    };
    let (name_id, keep_id) = (quiz.id("partner-name"), quiz.id("partner-keep"));
    html! {
        <div class="ic-partner-part ic-partner-views">
            <h3>{ t.views_title }</h3>
            if partner.view.is_older() {
                <p class="ic-note">{ t.older_code }</p>
            }
            <ul class="ic-legend">
                <li><span class="ic-swatch ic-you" aria-hidden="true"></span>{ t.legend_you }</li>
                <li><span class="ic-swatch ic-them" aria-hidden="true"></span>{ name.clone() }</li>
            </ul>
            { area_chart(&quiz, t.chart_title, &rows) }
            { area_lines(text, &c, &name) }
            { area_names(text, t.strengths_title, &c.strengths) }
            { area_names(text, t.want_more_title, &c.both_want_more) }
            if !c.furthest.is_empty() {
                <h4>{ t.talk_title }</h4>
                <p>{ t.talk_intro }</p>
                <ol class="ic-talk">{ for talk }</ol>
            }
            <label for={name_id.clone()} class="ic-label">{ t.name_label }</label>
            <input id={name_id} class="ic-field" type="text" maxlength="40" autocomplete="off"
                value={partner.name.clone()} oninput={on_name} />
            <p class="ic-check">
                <input id={keep_id.clone()} type="checkbox" checked={partner.keep} onchange={on_keep} />
                <label for={keep_id}>{ t.keep_label }</label>
            </p>
            <p class="ic-hint">{ t.keep_hint }</p>
            <h4>{ t.make_plan }</h4>
            <p>{ t.plan_intro }</p>
            <ul class="ic-plain-list">{ for reasons }</ul>
            <div class="ic-actions">
                { action_button(&quiz, "ic-button ic-primary", Action::MakeOurPlan, t.make_plan) }
                { action_button(&quiz, "ic-button ic-quiet", Action::ForgetPartner, t.forget) }
            </div>
        </div>
    }
}
