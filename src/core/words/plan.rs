//! Sentences of the plan form, the plan screen, its weeks and end, the comparison of
//! results, and the plan's Markdown.

use super::dates::day_short;
use crate::core::catalog::{fill, Catalog};
use crate::core::date::Date;
use crate::core::plan::activity::Activity;
use crate::core::plan::choices::Partner;
use crate::core::plan::generate::focus_areas;
use crate::core::plan::today::{EndSummary, WeekState};
use crate::core::plan::tracking::Tally;
use crate::core::plan::RebuildPlan;
use crate::core::scoring::{AreaScore, Band, Results};

/// "4 weeks" on the plan form.
pub fn weeks_option(text: &Catalog, weeks: u8) -> String {
    fill(text.plan.weeks_option, &[("n", &weeks.to_string())])
}

/// "15 minutes before", how long before an activity its reminder goes off.
pub fn remind_before_option(text: &Catalog, minutes: u8) -> String {
    match minutes {
        0 => text.plan.remind_at_start.to_string(),
        n => fill(text.plan.remind_minutes_before, &[("n", &n.to_string())]),
    }
}

/// "10 minutes" on the plan form.
pub fn minutes_option(text: &Catalog, minutes: u8) -> String {
    fill(text.plan.minutes_option, &[("n", &minutes.to_string())])
}

/// The summary line: "4 weeks, up to 15 minutes a day, together."
pub fn summary(text: &Catalog, plan: &RebuildPlan) -> String {
    let who = match plan.choices.partner {
        Partner::Together => text.plan.summary_together,
        Partner::Alone => text.plan.summary_alone,
    };
    fill(
        text.plan.summary,
        &[
            ("minutes", &plan.choices.minutes_per_day.to_string()),
            ("weeks", &plan.weeks.len().to_string()),
            ("who", who),
        ],
    )
}

/// How many of the weakest areas the plan's summary names.
const FOCUS_NAMED: usize = 3;

/// What the plan gives most time to, in words: the weakest areas, or, when every area with a
/// score is strong, that the plan keeps things that way.
pub fn focus_line(text: &Catalog, results: &Results) -> String {
    let all_strong = results.scored().count() > 0 && results.scored().all(|a| a.band() == Some(Band::Strong));
    if all_strong {
        return text.plan.maintenance.to_string();
    }
    let names: Vec<&str> = focus_areas(results).into_iter().take(FOCUS_NAMED).map(|a| text.area(a).name).collect();
    fill(text.plan.focus, &[("areas", &names.join(", "))])
}

/// The focus line of this plan: for a plan for the visitor alone, that it gives time to
/// them; else the [`focus_line`] of the results it was made from.
pub fn plan_focus_line(text: &Catalog, plan: &RebuildPlan, results: &Results) -> String {
    if plan.is_for_you() {
        text.safety.plan_focus.to_string()
    } else {
        focus_line(text, results)
    }
}

/// The line under the plan's title: its [`summary`], then that it was made for two, or its
/// [`plan_focus_line`].
pub fn plan_lead(text: &Catalog, plan: &RebuildPlan, results: &Results) -> String {
    let second = match plan.for_two {
        Some(_) => text.partner.made_for_two.to_string(),
        None => plan_focus_line(text, plan, results),
    };
    [summary(text, plan), second].join(" ")
}

/// "3 of 20 done".
pub fn done_of(text: &Catalog, tally: Tally) -> String {
    fill(text.plan.done_of, &[("done", &tally.done.to_string()), ("total", &tally.total.to_string())])
}

/// "10 minutes each".
pub fn minutes_each(text: &Catalog, minutes: u8) -> String {
    fill(text.plan.minutes_each, &[("n", &minutes.to_string())])
}

/// "Every day · 10 minutes each · Talking" (the first part only for a daily activity).
pub fn activity_meta(text: &Catalog, activity: &Activity, every_day: bool) -> String {
    let parts = [every_day.then_some(text.plan.every_day.to_string()), Some(minutes_each(text, activity.minutes)), Some(text.kind(activity.kind).name.to_string())];
    parts.into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

/// "Week 2" (`week` from 0).
pub fn week_title(text: &Catalog, week: usize) -> String {
    fill(text.plan.week_title, &[("n", &(week + 1).to_string())])
}

/// "Progress in week 2", the name of its bar.
pub fn week_progress_label(text: &Catalog, week: usize) -> String {
    fill(text.plan.week_progress_label, &[("n", &(week + 1).to_string())])
}

/// "<from> to <to>", each already in words.
pub fn from_to(text: &Catalog, from: &str, to: &str) -> String {
    fill(text.plan.week_dates, &[("from", from), ("to", to)])
}

/// A week's dates in words: "Wed 25 Nov to Tue 1 Dec".
pub fn week_dates(text: &Catalog, plan: &RebuildPlan, week: usize) -> String {
    from_to(text, &day_short(text, plan.date_of(week, 0)), &day_short(text, plan.date_of(week, 6)))
}

/// The dates line of an open week: "This week: …" for the current one.
pub fn open_week_dates(text: &Catalog, plan: &RebuildPlan, week: usize, state: WeekState) -> String {
    let dates = week_dates(text, plan, week);
    match state {
        WeekState::Current => fill(text.days.this_week, &[("dates", &dates)]),
        _ => dates,
    }
}

/// The one line of a folded week: what was done in an earlier week, or its dates when
/// nothing was ticked (never a row of zeros), and a later week's dates.
pub fn folded_week(text: &Catalog, plan: &RebuildPlan, week: usize, state: WeekState, tally: Tally) -> String {
    let n = (week + 1).to_string();
    match state {
        WeekState::Past if tally.done > 0 => fill(
            text.days.week_past,
            &[("done", &tally.done.to_string()), ("n", &n), ("total", &tally.total.to_string())],
        ),
        _ => fill(text.days.week_later, &[("dates", &week_dates(text, plan, week)), ("n", &n)]),
    }
}

/// The name of one day's tick box on an activity: "<title>, Wed 25 Nov".
pub fn tick_label(text: &Catalog, title: &str, day: &str) -> String {
    fill(text.plan.tick_label, &[("day", day), ("title", title)])
}

/// "Today, Wed 25 Nov".
pub fn today_title(text: &Catalog, today: Date) -> String {
    fill(text.days.today_title, &[("date", &day_short(text, today))])
}

/// The name of a tick box under Today: "Done: <title>".
pub fn today_tick_label(text: &Catalog, title: &str) -> String {
    fill(text.days.today_tick_label, &[("title", title)])
}

/// A day with nothing planned: what comes next, and when.
pub fn nothing_today(text: &Catalog, activity_id: &str, day: Date) -> String {
    fill(text.days.nothing_today, &[("activity", text.activity(activity_id).title), ("day", &day_short(text, day))])
}

/// What was done over the whole plan, in one warm sentence.
pub fn end_done(text: &Catalog, plan: &RebuildPlan, summary: &EndSummary) -> String {
    let t = &text.days;
    let weeks = plan.weeks.len().to_string();
    match summary.overall.done {
        0 => t.end_none.to_string(),
        1 => fill(t.end_done_one, &[("weeks", &weeks)]),
        n => fill(t.end_done, &[("n", &n.to_string()), ("weeks", &weeks)]),
    }
}

/// "<Area>: 4 activities", in the end-of-plan summary.
pub fn end_area_line(text: &Catalog, area_name: &str, done: usize) -> String {
    fill(text.days.end_area_line, &[("area", area_name), ("n", &done.to_string())])
}

/// One area before and now: "<Area>: 40, now 55", or that one of the two has no score.
pub fn compare_line(text: &Catalog, before: &AreaScore, now: &AreaScore) -> String {
    let name = text.area(now.area).name;
    match (before.score, now.score) {
        (Some(b), Some(n)) => fill(text.plan.compare_line, &[("area", name), ("before", &b.to_string()), ("now", &n.to_string())]),
        _ => fill(text.plan.compare_line_missing, &[("area", name)]),
    }
}

/// "Made on 2026-11-25." at the top of the Markdown.
pub fn made_on(text: &Catalog, start: Date) -> String {
    fill(text.plan.export_made_on, &[("date", &start.to_string())])
}
