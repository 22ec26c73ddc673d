//! Today's items, week states, missed days and the end of the plan, for every day of plans
//! of every length and budget.

use crate::core::bank::AREA_COUNT;
use super::*;
use crate::core::bank::AREAS;
use crate::core::plan::shift::tests::{plans, start, Rng};
use crate::core::plan::shift::{plan_day, restart_from_today, Resume};

/// Every occurrence on `date`, found the long way.
fn on_date(plan: &RebuildPlan, date: Date) -> Vec<(usize, &str, u8)> {
    plan.occurrences().filter(|&(w, _, d)| plan.date_of(w, d) == date).collect()
}

/// The plans, and each started again part of the way through.
fn plans_and_moved() -> Vec<RebuildPlan> {
    let mut out = plans();
    for plan in plans() {
        let mut moved = plan.clone();
        moved.resumed.push(Resume { from: 3, on: plan.start.add_days(9) });
        moved.resumed.push(Resume { from: 10, on: plan.start.add_days(30) });
        out.push(moved);
    }
    out
}

#[test]
fn todays_items_for_every_day_of_every_plan() {
    for plan in plans_and_moved() {
        let mut seen = 0;
        for t in -3..i64::from(plan.day_count()) + 40 {
            let today = plan.start.add_days(t);
            let items = items_on(&plan, today);
            assert_eq!(items, on_date(&plan, today), "{today}");
            seen += items.len();
            if items.is_empty() {
                let next = next_after(&plan, today);
                let expected = plan.occurrences().map(|(w, _, d)| plan.date_of(w, d)).filter(|&d| d > today).min();
                assert_eq!(next.map(|(_, date)| date), expected, "{today}");
                if let Some((o, date)) = next {
                    assert!(on_date(&plan, date).contains(&o));
                }
            }
        }
        assert_eq!(seen, plan.occurrences().count(), "every occurrence is today exactly once");
    }
}

#[test]
fn every_plan_day_of_a_new_plan_has_something_to_do() {
    // So "Nothing planned for today" only shows outside the plan or after starting again.
    for plan in plans() {
        for n in 0..plan.day_count() {
            assert!(plan.occurrences_on(n).next().is_some(), "plan day {n} of {:?}", plan.choices);
        }
    }
}

#[test]
fn weeks_are_past_current_or_future_in_order() {
    for plan in plans_and_moved() {
        for t in -3..i64::from(plan.day_count()) + 40 {
            let today = plan.start.add_days(t);
            let states: Vec<WeekState> = (0..plan.weeks.len()).map(|w| week_state(&plan, w, today)).collect();
            let rank = |s: &WeekState| match s {
                WeekState::Past => 0,
                WeekState::Current => 1,
                WeekState::Future => 2,
            };
            assert!(states.windows(2).all(|p| rank(&p[0]) <= rank(&p[1])), "{today}: {states:?}");
            assert!(states.iter().filter(|s| **s == WeekState::Current).count() <= 1);
            for (w, s) in states.iter().enumerate() {
                let has_today = (0..7).any(|d| plan.date_of(w, d) == today);
                if has_today {
                    assert_eq!(*s, WeekState::Current);
                }
            }
            let open = open_week(&plan, today);
            assert_eq!(open, states.iter().position(|s| *s != WeekState::Past));
            assert_eq!(open.is_none(), today > last_day(&plan));
        }
    }
    let plan = &plans()[6];
    assert_eq!(week_state(plan, 0, start().add_days(10)), WeekState::Past);
    assert_eq!(week_state(plan, 1, start().add_days(10)), WeekState::Current);
    assert_eq!(week_state(plan, 2, start().add_days(10)), WeekState::Future);
    assert_eq!(open_week(plan, start().add_days(-5)), Some(0), "before the start, the first week");
}

#[test]
fn missed_days_count_only_days_with_nothing_ticked() {
    let plan = &plans()[6];
    let mut t = PlanTracking::default();
    assert_eq!(missed_days(plan, &t, start()), 0, "today is not missed");
    assert_eq!(missed_days(plan, &t, start().add_days(1)), 1);
    assert!(!offers_restart(plan, &t, start().add_days(1)));
    assert_eq!(missed_days(plan, &t, start().add_days(2)), 2);
    assert!(offers_restart(plan, &t, start().add_days(2)));
    // Doing one thing on a day is enough for it not to count.
    let (w, a, d) = plan.occurrences_on(1).next().unwrap();
    t.set_done(w, a, d, true);
    assert_eq!(missed_days(plan, &t, start().add_days(2)), 1);
    assert!(!offers_restart(plan, &t, start().add_days(2)));
    assert_eq!(missed_days(plan, &t, start().add_days(10)), 9);
    let moved = restart_from_today(plan, &t, start().add_days(10)).unwrap();
    assert_eq!(missed_days(&moved, &t, start().add_days(10)), 0);
    assert!(!offers_restart(&moved, &t, start().add_days(10)));
    assert!(resumed_today(&moved, start().add_days(10)));
    assert!(!resumed_today(&moved, start().add_days(11)));
    assert_eq!(missed_days(&moved, &t, start().add_days(13)), 2, "away again (the ticked day moved too, still ticked)");
}

#[test]
fn the_end_is_the_last_day_and_moves_with_a_restart() {
    for plan in plans() {
        let last = last_day(&plan);
        assert_eq!(last, plan.start.add_days(i64::from(plan.day_count()) - 1));
        assert!(!at_end(&plan, last.add_days(-1)));
        assert!(at_end(&plan, last));
        assert!(at_end(&plan, last.add_days(100)));
        let moved = restart_from_today(&plan, &PlanTracking::default(), plan.start.add_days(10)).unwrap();
        assert_eq!(last_day(&moved), last.add_days(10), "nothing was done, so all of it moves");
        assert!(!at_end(&moved, last));
        let nothing = PlanTracking::default();
        assert!(offers_restart(&plan, &nothing, last.add_days(-1)), "the day before the end");
        assert!(!offers_restart(&plan, &nothing, last), "at the end, the summary and a retake instead");
    }
}

#[test]
fn the_end_summary_counts_what_was_done_by_area() {
    let mut rng = Rng(3);
    for plan in plans() {
        let mut t = PlanTracking::default();
        let mut expected = [0usize; AREA_COUNT];
        for (w, a, d) in plan.occurrences() {
            if rng.next().is_multiple_of(3) {
                t.set_done(w, a, d, true);
                expected[activity(a).unwrap().area.index()] += 1;
            }
        }
        let s = end_summary(&plan, &t);
        assert_eq!(s.by_area, expected);
        assert_eq!(s.by_area.iter().sum::<usize>(), s.overall.done);
        assert_eq!(s.overall, t.overall_tally(&plan));
        assert_eq!(s.by_area.len(), AREAS.len());
    }
    let plan = &plans()[0];
    let none = end_summary(plan, &PlanTracking::default());
    assert_eq!(none.overall.done, 0);
    assert_eq!(none.by_area, [0; AREA_COUNT]);
    let mut one = PlanTracking::default();
    let (w, a, d) = plan.occurrences().next().unwrap();
    one.set_done(w, a, d, true);
    let s = end_summary(plan, &one);
    assert_eq!(s.overall.done, 1);
    assert_eq!(s.by_area[activity(a).unwrap().area.index()], 1);
    assert_eq!(plan_day(w, d), 0);
}
