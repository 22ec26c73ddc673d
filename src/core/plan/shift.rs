//! "Start again from today": moving the rest of a plan forward after days went by.
//!
//! # The model
//!
//! A plan is a row of *plan days*, numbered `week * 7 + day` from 0. Plan days never change:
//! ticks (`"week:activity:day"`) and notes (by week) are keyed by them, so moving dates can
//! never detach a tick or a note from its activity or its week.
//!
//! Only the calendar date of each plan day moves. It comes from [`RebuildPlan::start`] and a
//! list of [`Resume`]s: plan day `from` falls on `on`, and the days after it follow one a day,
//! up to the next resume. A plan without resumes (every plan saved before this existed) has
//! day `n` on `start + n`, exactly as before.
//!
//! Starting again from today finds the *restart point*: the first plan day before today that
//! still has something unticked. That day and every later one are laid out again from today.
//! Days before it were all done (or had nothing planned), so they keep their dates: what was
//! done stays on the day it was done. A ticked activity on or after the restart point moves
//! with its day (a tick says that it was done, not when), which keeps the plan in order:
//! small steps first, deeper ones later, each week's activities together.
//!
//! Afterwards nothing unticked lies before today, every plan day still falls on a later date
//! than the one before it, and the plan ends as many days later as it was paused.

use super::tracking::PlanTracking;
use super::RebuildPlan;
use crate::core::date::Date;

/// Plan day `from` (and the days after it, one a day) moved to `on`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resume {
    /// The plan day, `week * 7 + day`.
    pub from: u16,
    /// Its date since the visitor started again.
    pub on: Date,
}

/// The plan day of `day` (0–6) in `week`.
pub fn plan_day(week: usize, day: u8) -> u16 {
    (week * 7) as u16 + u16::from(day)
}

impl RebuildPlan {
    /// How many plan days the plan has (7 a week).
    pub fn day_count(&self) -> u16 {
        (self.weeks.len() * 7) as u16
    }

    /// The date of plan day `n`.
    pub fn day_date(&self, n: u16) -> Date {
        match self.resumed.iter().rev().find(|r| r.from <= n) {
            Some(r) => r.on.add_days(i64::from(n - r.from)),
            None => self.start.add_days(i64::from(n)),
        }
    }

    /// Every occurrence on plan day `n`: (week, activity id, day).
    pub fn occurrences_on(&self, n: u16) -> impl Iterator<Item = (usize, &str, u8)> {
        let (week, day) = (usize::from(n / 7), (n % 7) as u8);
        self.weeks
            .get(week)
            .into_iter()
            .flat_map(|w| w.items.iter())
            .filter(move |i| i.days.contains(&day))
            .map(move |i| (week, i.activity.as_str(), day))
    }

    /// Whether only the dates differ: the same activities on the same plan days.
    pub fn same_activities(&self, other: &RebuildPlan) -> bool {
        self.start == other.start && self.seed == other.seed && self.choices == other.choices && self.weeks == other.weeks
    }

    /// Whether this plan was started again more recently than `other`.
    pub fn resumed_later_than(&self, other: &RebuildPlan) -> bool {
        let key = |p: &RebuildPlan| p.resumed.last().map(|r| (r.on, r.from));
        key(self) > key(other)
    }

    /// Keeps only resumes that make sense for this plan (after a saved plan was damaged):
    /// inside the plan, in order, each on a later date than the day before it. Returns how
    /// many were dropped.
    pub fn tidy_resumed(&mut self) -> usize {
        let all = std::mem::take(&mut self.resumed);
        let before = all.len();
        for r in all {
            let fits = r.from < self.day_count()
                && self.resumed.last().is_none_or(|last| last.from < r.from)
                && (r.from == 0 || r.on > self.day_date(r.from - 1));
            if fits {
                self.resumed.push(r);
            }
        }
        before - self.resumed.len()
    }
}

/// The first plan day before `today` with something still unticked, if any.
pub fn restart_point(plan: &RebuildPlan, tracking: &PlanTracking, today: Date) -> Option<u16> {
    (0..plan.day_count())
        .take_while(|&n| plan.day_date(n) < today)
        .find(|&n| plan.occurrences_on(n).any(|(w, a, d)| !tracking.is_done(w, a, d)))
}

/// The plan started again from today (see the module's notes), or `None` when nothing
/// before today is left undone.
pub fn restart_from_today(plan: &RebuildPlan, tracking: &PlanTracking, today: Date) -> Option<RebuildPlan> {
    let from = restart_point(plan, tracking, today)?;
    let mut next = plan.clone();
    next.resumed.retain(|r| r.from < from);
    next.resumed.push(Resume { from, on: today });
    Some(next)
}

#[cfg(test)]
pub(crate) mod tests;
