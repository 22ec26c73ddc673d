//! The saved format: how [`Progress`] is written to a string, and read back without ever
//! losing an answer that can be salvaged.
//!
//! The envelope carries a format version. Older versions are brought up to date by an
//! ordered chain of migrations; newer ones are refused (and never overwritten). Reading is
//! deliberately forgiving: each part, and each answer, is checked on its own, so one bad
//! value costs that value, not the save.

use super::bank::{asked_id, position_of, ASKED};
use super::json::{object, parse, Json};
use super::locked::LockedEnvelope;
use super::plan::choices::PlanChoices;
use super::plan::reminder::Reminder;
use super::plan::tracking::PlanTracking;
use super::plan::{activity, RebuildPlan};
use super::progress::{Progress, Screen};

use super::lang::Lang;
use super::partner::{code, PartnerData, NAME_MAX_CHARS};
pub mod answers;
pub mod choices;
pub mod field;
mod opened;
pub mod plan;
pub mod tracking;
pub use opened::Opened;

use answers::{answers_json, history_json, read_answers, read_history};
use choices::{choices_json, read_choices, read_reminder, reminder_json};
use plan::{plan_json, read_plan_strict};
use tracking::{read_tracking, tracking_json};

/// The version this build writes.
pub const FORMAT_VERSION: u64 = 4;

/// The most weeks a plan can have; anything longer in a save is cut.
const MAX_WEEKS: usize = 8;

/// What reading a saved value found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing was saved.
    Nothing,
    /// Everything was read.
    Restored(Progress),
    /// Some parts could not be read; the rest is here. `dropped` counts what was left out.
    Salvaged { progress: Progress, dropped: usize },
    /// Nothing could be read.
    Unreadable,
    /// Written by a newer version of the widget: it must not be overwritten.
    Newer { version: u64 },
    /// Locked with a passphrase: it must be unlocked before it can be read.
    Locked(LockedEnvelope),
}

/// Writes progress in the current format. Field names and order are the format: a file
/// written here reads in every earlier version that knows its version number.
pub fn encode(p: &Progress) -> String {
    let at = match p.screen {
        Screen::Intro => "intro",
        Screen::Results => "results",
        Screen::Plan => "plan",
        Screen::Compare => "compare",
        Screen::Partner => "partner",
        Screen::Question(q) => asked_id(q).unwrap_or("intro"),
    };
    let mut envelope = object(vec![
        ("version", Json::uint(FORMAT_VERSION)),
        ("answers", answers_json(&p.answers)),
        // "intro", "results", "plan", "compare", "partner", or the id of the question on screen.
        ("at", Json::str(at)),
        ("finished", Json::Bool(p.finished)),
        ("history", history_json(&p.history)),
        ("in_history", Json::Bool(p.in_history)),
        ("choices", choices_json(&p.choices)),
        ("plan", Json::or_null(p.plan.as_ref(), plan_json)),
        ("tracking", tracking_json(&p.tracking)),
        ("round", Json::uint(p.round.into())),
    ]);
    // Only when the visitor chose to keep it.
    if let Some(d) = p.partner.as_ref().filter(|d| d.keep) {
        envelope.insert("partner", object(vec![("code", Json::str(&d.code)), ("name", Json::str(&d.name))]));
    }
    // The language the visitor chose with the switch, if they did.
    if let Some(lang) = p.lang {
        envelope.insert("lang", Json::str(lang.tag()));
    }
    // Reminder choices, once the visitor made one (older versions ignore the field).
    if p.reminder != Reminder::default() {
        envelope.insert("reminder", reminder_json(&p.reminder));
    }
    envelope.to_text()
}

/// The migrations, in order: entry `i` turns version `i + 1` into version `i + 2`.
const MIGRATIONS: [fn(&mut Json); 3] = [v1_to_v2, v2_to_v3, v3_to_v4];

/// Version 4 is bank 2: a repair area and eight new statements, two retired. Answers are kept
/// by statement id, so nothing moves. Finished answers are opened again, to ask only the
/// new statements ([`Progress::catching_up`]): results wait for them, and the visitor starts
/// from the intro, which says why. The plan and a partner stay where they were. An older
/// widget refuses a version 4 save rather than drop the answers it does not know.
fn v3_to_v4(obj: &mut Json) {
    let at = obj.get("at").and_then(Json::as_str).unwrap_or("");
    let on_results = matches!(at, "results" | "compare");
    let finished = obj.get("finished").and_then(Json::as_bool) == Some(true) || at == "results";
    if finished && obj.get("in_history").and_then(Json::as_bool) == Some(true) {
        obj.insert("finished", Json::Bool(false));
        if on_results {
            obj.insert("at", Json::str("intro"));
        }
    }
    obj.insert("version", Json::uint(4));
}

/// Version 3 added the partner's code, kept only when the visitor chooses: nothing to move.
fn v2_to_v3(obj: &mut Json) {
    obj.insert("version", Json::uint(3));
}

/// Version 1 had no history, plan or choices. A finished quiz becomes the first entry of the
/// history, undated because version 1 did not keep dates.
fn v1_to_v2(obj: &mut Json) {
    let finished = obj.get("finished").and_then(Json::as_bool).unwrap_or(false)
        || obj.get("at").and_then(Json::as_str) == Some("results");
    let answers = obj.get("answers").cloned().unwrap_or(Json::Obj(Vec::new()));
    let has_answers = answers.as_object().is_some_and(|a| !a.is_empty());
    let history = if finished && has_answers {
        vec![object(vec![("date", Json::Null), ("answers", answers)])]
    } else {
        Vec::new()
    };
    obj.insert("in_history", Json::Bool(finished && has_answers));
    obj.insert("history", Json::Arr(history));
    obj.insert("version", Json::uint(2));
}

/// Reads a saved value (`None` when nothing was saved).
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Nothing };
    if LockedEnvelope::looks_locked(raw) {
        return LockedEnvelope::parse(raw).map_or(Loaded::Unreadable, Loaded::Locked);
    }
    let Some(mut obj) = parse(raw).filter(|v| v.as_object().is_some()) else {
        return Loaded::Unreadable;
    };
    if !["version", "answers", "at", "finished", "history", "plan"].iter().any(|k| obj.get(k).is_some()) {
        return Loaded::Unreadable;
    }
    let version = obj.get("version").and_then(Json::as_u64);
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
    let finished_flag = read_or(&obj, "finished", false, &mut dropped, Json::as_bool);
    let history = read_history(obj.get("history"), &mut dropped);
    let in_history = read_or(&obj, "in_history", false, &mut dropped, Json::as_bool) && !history.is_empty();
    let choices = read_or(&obj, "choices", PlanChoices::default(), &mut dropped, read_choices).normalised();
    let plan = read_plan(obj.get("plan"), &mut dropped);
    let mut tracking = read_or(&obj, "tracking", PlanTracking::default(), &mut dropped, read_tracking);
    match &plan {
        Some(plan) => tracking.keep_only(plan),
        None => tracking = PlanTracking::default(),
    }
    let round = read_or(&obj, "round", 0u32, &mut dropped, field::uint);
    let partner = read_partner(obj.get("partner"), &mut dropped);
    // A language this version does not have is simply not chosen: nothing else depends on it.
    let lang = obj.get("lang").and_then(Json::as_str).and_then(Lang::from_tag);
    let reminder = read_or(&obj, "reminder", Reminder::default(), &mut dropped, read_reminder);
    let (screen, bad_screen) = read_screen(obj.get("at"), plan.is_some(), history.len());
    dropped += usize::from(bad_screen);
    let finished = finished_flag || screen == Screen::Results;

    let progress =
        Progress { answers, screen, finished, history, in_history, choices, plan, tracking, round, partner, lang, reminder };
    if dropped == 0 {
        Loaded::Restored(progress)
    } else {
        Loaded::Salvaged { progress, dropped }
    }
}

/// Reads one field; a missing or null field gives the default, a bad one too (counted).
fn read_or<T>(obj: &Json, key: &str, default: T, dropped: &mut usize, read: impl Fn(&Json) -> Option<T>) -> T {
    match obj.get(key) {
        None | Some(Json::Null) => default,
        Some(v) => read(v).unwrap_or_else(|| {
            *dropped += 1;
            default
        }),
    }
}

/// Reads a plan, keeping only activities the library still has on real days of the week.
fn read_plan(value: Option<&Json>, dropped: &mut usize) -> Option<RebuildPlan> {
    let value = value.filter(|v| !v.is_null())?;
    let Some(mut plan) = read_plan_strict(value) else {
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
fn read_partner(value: Option<&Json>, dropped: &mut usize) -> Option<PartnerData> {
    let value = value.filter(|v| !v.is_null())?;
    let code = value.get("code").and_then(Json::as_str);
    match code.map(code::decode) {
        Some(Ok(view)) => {
            let name = value.get("name").and_then(Json::as_str).unwrap_or("");
            Some(PartnerData { code: code::encode(&view), view, name: name.chars().take(NAME_MAX_CHARS).collect(), keep: true })
        }
        _ => {
            *dropped += 1;
            None
        }
    }
}

/// Reads where the visitor was; a place that no longer exists falls back to a sensible one.
fn read_screen(value: Option<&Json>, has_plan: bool, history: usize) -> (Screen, bool) {
    match value.and_then(Json::as_str) {
        None if value.is_none() => (Screen::Intro, false),
        Some("intro") => (Screen::Intro, false),
        Some("results") => (Screen::Results, false),
        Some("plan") if has_plan => (Screen::Plan, false),
        Some("compare") if history >= 2 => (Screen::Compare, false),
        Some("partner") if history > 0 => (Screen::Partner, false),
        Some("plan" | "compare" | "partner") if history > 0 => (Screen::Results, true),
        Some(id) => match position_of(id).filter(|&q| q < ASKED) {
            Some(q) => (Screen::Question(q), false),
            None => (Screen::Intro, true),
        },
        None => (Screen::Intro, true),
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod corpus;
