//! TEMPORARY: the serde version of the format, to compare the new codec against. Removed with serde.
#![allow(dead_code)]

use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::core::answer::{Answer, Answers};
use crate::core::bank::{position_of, BANK};
use crate::core::date::Date;
use crate::core::locked::LockedEnvelope;
use crate::core::plan::choices::PlanChoices;
use crate::core::plan::tracking::PlanTracking;
use crate::core::plan::{activity, RebuildPlan};
use crate::core::state::{CompletedQuiz, Progress, Screen};

use crate::core::partner::{code, PartnerData, NAME_MAX_CHARS};
use super::{Loaded, FORMAT_VERSION};


/// The most weeks a plan can have; anything longer in a save is cut.
const MAX_WEEKS: usize = 8;


#[derive(Serialize)]
struct Envelope<'a> {
    version: u64,
    answers: &'a Answers,
    /// "intro", "results", "plan", "compare", or the id of the question on screen.
    at: &'a str,
    finished: bool,
    history: &'a [CompletedQuiz],
    in_history: bool,
    choices: &'a PlanChoices,
    plan: &'a Option<RebuildPlan>,
    tracking: &'a PlanTracking,
    round: u32,
    /// Only when the visitor chose to keep it.
    #[serde(skip_serializing_if = "Option::is_none")]
    partner: Option<SavedPartner<'a>>,
}

#[derive(Serialize)]
struct SavedPartner<'a> {
    code: &'a str,
    name: &'a str,
}

/// Writes progress in the current format.
pub fn encode_old(p: &Progress) -> String {
    let at = match p.screen {
        Screen::Intro => "intro",
        Screen::Results => "results",
        Screen::Plan => "plan",
        Screen::Compare => "compare",
        Screen::Partner => "partner",
        Screen::Question(q) => BANK.get(q).map_or("intro", |s| s.id),
    };
    let envelope = Envelope {
        version: FORMAT_VERSION,
        answers: &p.answers,
        at,
        finished: p.finished,
        history: &p.history,
        in_history: p.in_history,
        choices: &p.choices,
        plan: &p.plan,
        tracking: &p.tracking,
        round: p.round,
        partner: p.partner.as_ref().filter(|d| d.keep).map(|d| SavedPartner { code: &d.code, name: &d.name }),
    };
    // Strings, numbers, bools, sequences and string-keyed maps: serialising cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// The migrations, in order: entry `i` turns version `i + 1` into version `i + 2`.
const MIGRATIONS: [fn(&mut Map<String, Value>); 2] = [v1_to_v2, v2_to_v3];

/// Version 3 added the partner's code, kept only when the visitor chooses: nothing to move.
fn v2_to_v3(obj: &mut Map<String, Value>) {
    obj.insert("version".into(), Value::from(3));
}

/// Version 1 had no history, plan or choices. A finished quiz becomes the first entry of the
/// history, undated because version 1 did not keep dates.
fn v1_to_v2(obj: &mut Map<String, Value>) {
    let finished = obj.get("finished").and_then(Value::as_bool).unwrap_or(false)
        || obj.get("at").and_then(Value::as_str) == Some("results");
    let answers = obj.get("answers").cloned().unwrap_or(Value::Object(Map::new()));
    let has_answers = answers.as_object().is_some_and(|a| !a.is_empty());
    let history = if finished && has_answers {
        vec![serde_json::json!({ "date": null, "answers": answers })]
    } else {
        Vec::new()
    };
    obj.insert("in_history".into(), Value::Bool(finished && has_answers));
    obj.insert("history".into(), Value::Array(history));
    obj.insert("version".into(), Value::from(2));
}

/// Reads a saved value (`None` when nothing was saved).
pub fn decode_old(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Nothing };
    if LockedEnvelope::looks_locked(raw) {
        return LockedEnvelope::parse(raw).map_or(Loaded::Unreadable, Loaded::Locked);
    }
    let Ok(Value::Object(mut obj)) = serde_json::from_str::<Value>(raw) else {
        return Loaded::Unreadable;
    };
    if !["version", "answers", "at", "finished", "history", "plan"].iter().any(|k| obj.contains_key(*k)) {
        return Loaded::Unreadable;
    }
    let version = obj.get("version").and_then(Value::as_u64);
    if let Some(v) = version.filter(|&v| v > FORMAT_VERSION) {
        return Loaded::Newer { version: v };
    }
    // A missing or zero version is read as the first one, and counted as damage.
    let mut dropped = usize::from(version.is_none_or(|v| v == 0));
    let from = version.unwrap_or(1).max(1);
    for migrate in MIGRATIONS.iter().skip((from - 1) as usize) {
        migrate(&mut obj);
    }

    let (answers, lost) = read_answers(obj.get("answers"));
    dropped += lost;
    let finished_flag = read_or(&obj, "finished", false, &mut dropped);
    let history = read_history(obj.get("history"), &mut dropped);
    let in_history = read_or(&obj, "in_history", false, &mut dropped) && !history.is_empty();
    let choices = read_or(&obj, "choices", PlanChoices::default(), &mut dropped).normalised();
    let plan = read_plan(obj.get("plan"), &mut dropped);
    let mut tracking: PlanTracking = read_or(&obj, "tracking", PlanTracking::default(), &mut dropped);
    match &plan {
        Some(plan) => tracking.keep_only(plan),
        None => tracking = PlanTracking::default(),
    }
    let round = read_or(&obj, "round", 0u32, &mut dropped);
    let partner = read_partner(obj.get("partner"), &mut dropped);
    let (screen, bad_screen) = read_screen(obj.get("at"), plan.is_some(), history.len());
    dropped += usize::from(bad_screen);
    let finished = finished_flag || screen == Screen::Results;

    let progress = Progress { answers, screen, finished, history, in_history, choices, plan, tracking, round, partner };
    if dropped == 0 {
        Loaded::Restored(progress)
    } else {
        Loaded::Salvaged { progress, dropped }
    }
}

/// Reads one field with serde; a missing field gives the default, a bad one too (counted).
fn read_or<T: DeserializeOwned>(obj: &Map<String, Value>, key: &str, default: T, dropped: &mut usize) -> T {
    match obj.get(key) {
        None | Some(Value::Null) => default,
        Some(v) => serde_json::from_value(v.clone()).unwrap_or_else(|_| {
            *dropped += 1;
            default
        }),
    }
}

/// Keeps every answer that names a current question and holds a value from 1 to 5.
fn read_answers(value: Option<&Value>) -> (Answers, usize) {
    let mut answers = Answers::new();
    let Some(value) = value else { return (answers, 0) };
    let Value::Object(map) = value else { return (answers, 1) };
    let mut dropped = 0;
    for (id, v) in map {
        let answer = v.as_u64().and_then(|n| u8::try_from(n).ok()).and_then(Answer::from_value);
        match answer {
            Some(a) if answers.set_id(id, a) => {}
            _ => dropped += 1,
        }
    }
    (answers, dropped)
}

/// Keeps every finished quiz that still has a readable answer.
fn read_history(value: Option<&Value>, dropped: &mut usize) -> Vec<CompletedQuiz> {
    let Some(value) = value else { return Vec::new() };
    let Value::Array(items) = value else {
        *dropped += 1;
        return Vec::new();
    };
    let mut history = Vec::new();
    for item in items {
        let (answers, lost) = read_answers(item.get("answers"));
        *dropped += lost;
        let date = match item.get("date") {
            None | Some(Value::Null) => None,
            Some(v) => v.as_str().and_then(Date::parse).or_else(|| {
                *dropped += 1;
                None
            }),
        };
        if answers.is_empty() {
            *dropped += 1;
        } else {
            history.push(CompletedQuiz { date, answers });
        }
    }
    history
}

/// Reads a plan, keeping only activities the library still has on real days of the week.
fn read_plan(value: Option<&Value>, dropped: &mut usize) -> Option<RebuildPlan> {
    let value = value.filter(|v| !v.is_null())?;
    let Ok(mut plan) = serde_json::from_value::<RebuildPlan>(value.clone()) else {
        *dropped += 1;
        return None;
    };
    plan.choices = plan.choices.normalised();
    if plan.weeks.len() > MAX_WEEKS {
        plan.weeks.truncate(MAX_WEEKS);
        *dropped += 1;
    }
    for week in &mut plan.weeks {
        let before = week.items.len();
        week.items.retain_mut(|item| {
            item.days.retain(|&d| d < 7);
            item.days.dedup();
            activity(&item.activity).is_some() && !item.days.is_empty()
        });
        *dropped += before - week.items.len();
    }
    if plan.weeks.iter().all(|w| w.items.is_empty()) {
        *dropped += 1;
        return None;
    }
    *dropped += plan.tidy_resumed();
    Some(plan)
}

/// Reads the partner the visitor chose to keep; a code that no longer reads is dropped.
fn read_partner(value: Option<&Value>, dropped: &mut usize) -> Option<PartnerData> {
    let value = value.filter(|v| !v.is_null())?;
    let code = value.get("code").and_then(Value::as_str);
    match code.map(code::decode) {
        Some(Ok(view)) => {
            let name = value.get("name").and_then(Value::as_str).unwrap_or("");
            Some(PartnerData { code: code::encode(&view), view, name: name.chars().take(NAME_MAX_CHARS).collect(), keep: true })
        }
        _ => {
            *dropped += 1;
            None
        }
    }
}

/// Reads where the visitor was; a place that no longer exists falls back to a sensible one.
fn read_screen(value: Option<&Value>, has_plan: bool, history: usize) -> (Screen, bool) {
    match value.and_then(Value::as_str) {
        None if value.is_none() => (Screen::Intro, false),
        Some("intro") => (Screen::Intro, false),
        Some("results") => (Screen::Results, false),
        Some("plan") if has_plan => (Screen::Plan, false),
        Some("compare") if history >= 2 => (Screen::Compare, false),
        Some("partner") if history > 0 => (Screen::Partner, false),
        Some("plan" | "compare" | "partner") if history > 0 => (Screen::Results, true),
        Some(id) => match position_of(id) {
            Some(q) => (Screen::Question(q), false),
            None => (Screen::Intro, true),
        },
        None => (Screen::Intro, true),
    }
}

