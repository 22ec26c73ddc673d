//! The plan as a visitor meets it on a given day: what is planned today (or next), which
//! week is this week, which days went by with nothing ticked, and the end of the plan.
//!
//! Everything takes the visitor's local calendar date from the browser, so "today" moves at
//! their midnight and follows them across time zones.

use crate::core::bank::AREA_COUNT;
use super::shift::restart_point;
use super::tracking::{PlanTracking, Tally};
use super::{activity, RebuildPlan};
use crate::core::date::Date;

/// Where a week stands next to today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekState {
    /// Its last day is before today.
    Past,
    /// Today is one of its days (or falls between them).
    Current,
    /// Its first day is after today.
    Future,
}

/// How many days with nothing ticked before the plan offers to start again from today.
pub const MISSED_DAYS_BEFORE_OFFER: usize = 2;

/// Where `week` stands next to `today`.
pub fn week_state(plan: &RebuildPlan, week: usize, today: Date) -> WeekState {
    if plan.date_of(week, 6) < today {
        WeekState::Past
    } else if plan.date_of(week, 0) > today {
        WeekState::Future
    } else {
        WeekState::Current
    }
}

/// The week shown open: this week, or (before the plan starts, or in a gap between
/// weeks) the next one; `None` once every week is past.
pub fn open_week(plan: &RebuildPlan, today: Date) -> Option<usize> {
    (0..plan.weeks.len()).find(|&w| week_state(plan, w, today) != WeekState::Past)
}

/// Every occurrence planned on `date`: (week, activity id, day).
pub fn items_on(plan: &RebuildPlan, date: Date) -> Vec<(usize, &str, u8)> {
    let day = (0..plan.day_count()).find(|&n| plan.day_date(n) == date);
    day.map_or_else(Vec::new, |n| plan.occurrences_on(n).collect())
}

/// The first occurrence after `today`, and its date.
pub fn next_after(plan: &RebuildPlan, today: Date) -> Option<((usize, &str, u8), Date)> {
    (0..plan.day_count())
        .map(|n| (n, plan.day_date(n)))
        .filter(|&(_, date)| date > today)
        .find_map(|(n, date)| plan.occurrences_on(n).next().map(|o| (o, date)))
}

/// How many planned days before today have nothing ticked at all. A day where something was
/// done is not counted: the visitor showed up.
pub fn missed_days(plan: &RebuildPlan, tracking: &PlanTracking, today: Date) -> usize {
    (0..plan.day_count())
        .take_while(|&n| plan.day_date(n) < today)
        .filter(|&n| {
            let mut items = plan.occurrences_on(n).peekable();
            items.peek().is_some() && items.all(|(w, a, d)| !tracking.is_done(w, a, d))
        })
        .count()
}

/// Whether to offer "Start again from today": a few days went by with nothing ticked,
/// starting again would move something, and the plan is not over (then the end of the plan
/// and a retake are offered instead).
pub fn offers_restart(plan: &RebuildPlan, tracking: &PlanTracking, today: Date) -> bool {
    !at_end(plan, today)
        && missed_days(plan, tracking, today) >= MISSED_DAYS_BEFORE_OFFER
        && restart_point(plan, tracking, today).is_some()
}

/// The plan's last day.
pub fn last_day(plan: &RebuildPlan) -> Date {
    plan.day_date(plan.day_count().saturating_sub(1))
}

/// On and after the plan's last day: time for the summary and a retake.
pub fn at_end(plan: &RebuildPlan, today: Date) -> bool {
    today >= last_day(plan)
}

/// What was done over the whole plan, for the end-of-plan summary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct EndSummary {
    pub overall: Tally,
    /// Done occurrences per area, in [`crate::core::bank::AREAS`] order.
    pub by_area: [usize; AREA_COUNT],
}

pub fn end_summary(plan: &RebuildPlan, tracking: &PlanTracking) -> EndSummary {
    let mut summary = EndSummary { overall: tracking.overall_tally(plan), ..EndSummary::default() };
    for (w, a, d) in plan.occurrences() {
        if let Some(found) = activity(a).filter(|_| tracking.is_done(w, a, d)) {
            summary.by_area[found.area.index()] += 1;
        }
    }
    summary
}

/// Whether the plan was started again today (to welcome the visitor back).
pub fn resumed_today(plan: &RebuildPlan, today: Date) -> bool {
    plan.resumed.last().is_some_and(|r| r.on == today)
}

#[cfg(test)]
mod tests;
