//! A rebuild plan in saved data: its start, choices, seed, weeks of activities on days, and
//! the optional `for_two` scores and `resumed` dates (each written only when it has any).

use super::choices::{choices_json, read_choices};
use super::field::{date, date_json, list, uint, Fields};
use crate::core::json::{object, Json};
use crate::core::plan::shift::Resume;
use crate::core::plan::{PlanWeek, PlannedActivity, RebuildPlan};

pub fn plan_json(plan: &RebuildPlan) -> Json {
    let days = |days: &[u8]| Json::Arr(days.iter().map(|&d| Json::uint(d.into())).collect());
    let item = |i: &PlannedActivity| object(vec![("activity", Json::str(&i.activity)), ("days", days(&i.days))]);
    let week = |w: &PlanWeek| object(vec![("items", Json::Arr(w.items.iter().map(item).collect()))]);
    let mut json = object(vec![
        ("start", date_json(plan.start)),
        ("choices", choices_json(&plan.choices)),
        ("seed", Json::uint(plan.seed)),
        ("weeks", Json::Arr(plan.weeks.iter().map(week).collect())),
    ]);
    if let Some(scores) = &plan.for_two {
        let scores = scores.iter().map(|s| Json::or_null(*s, |s| Json::uint(s.into()))).collect();
        json.insert("for_two", Json::Arr(scores));
    }
    if !plan.resumed.is_empty() {
        let resume = |r: &Resume| object(vec![("from", Json::uint(r.from.into())), ("on", date_json(r.on))]);
        json.insert("resumed", Json::Arr(plan.resumed.iter().map(resume).collect()));
    }
    json
}

/// The whole plan or nothing: any unreadable part fails it (the caller counts the loss;
/// unknown activities and days are weeded out afterwards, one by one).
pub fn read_plan_strict(value: &Json) -> Option<RebuildPlan> {
    let item = |i: &Json| {
        let f = Fields::of(i, &["activity", "days"])?;
        Some(PlannedActivity { activity: f.get("activity")?.as_str()?.to_string(), days: list(f.get("days")?, uint)? })
    };
    let week = |w: &Json| Some(PlanWeek { items: list(Fields::of(w, &["items"])?.get("items")?, item)? });
    let resume = |r: &Json| {
        let f = Fields::of(r, &["from", "on"])?;
        Some(Resume { from: uint(f.get("from")?)?, on: date(f.get("on")?)? })
    };
    let f = Fields::of(value, &["start", "choices", "seed", "weeks", "for_two", "resumed"])?;
    let for_two = match f.get("for_two") {
        None | Some(Json::Null) => None,
        Some(scores) => Some(list(scores, |s| if s.is_null() { Some(None) } else { uint(s).map(Some) })?),
    };
    let resumed = match f.get("resumed") {
        None => Vec::new(),
        Some(list_of) => list(list_of, resume)?,
    };
    Some(RebuildPlan {
        start: date(f.get("start")?)?,
        choices: read_choices(f.get("choices")?)?,
        seed: uint(f.get("seed")?)?,
        weeks: list(f.get("weeks")?, week)?,
        for_two,
        resumed,
    })
}
