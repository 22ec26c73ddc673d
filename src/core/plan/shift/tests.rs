//! Starting a plan again from today, from every day of plans of every length and budget.

use crate::core::safety::Care;
use super::*;
use crate::core::answer::{Answer, Answers};
use crate::core::bank::BANK;
use crate::core::plan::activity::Kind;
use crate::core::plan::choices::{Partner, PlanChoices, MINUTE_OPTIONS, WEEK_OPTIONS};
use crate::core::plan::generate::generate;
use crate::core::plan::today::missed_days;
use crate::core::scoring::score;

/// A small deterministic generator for tick patterns.
pub(crate) struct Rng(pub u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

pub(crate) fn start() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

/// One plan for every length, budget and partner choice, from mixed results.
pub(crate) fn plans() -> Vec<RebuildPlan> {
    let mut answers = Answers::new();
    for i in 0..BANK.len() {
        answers.set(i, Answer::SCALE[(i * 3) % 5]);
    }
    let results = score(&answers);
    let mut out = Vec::new();
    for weeks in WEEK_OPTIONS {
        for minutes_per_day in MINUTE_OPTIONS {
            for partner in [Partner::Together, Partner::Alone] {
                let choices = PlanChoices { weeks, minutes_per_day, kinds: Kind::ALL.into_iter().collect(), partner };
                let weeks = generate(&results, &choices, Care::Usual, 0).expect("every option makes a plan");
                out.push(RebuildPlan { start: start(), choices, seed: 0, weeks, for_two: None, resumed: Vec::new() });
            }
        }
    }
    out
}

/// Ticks each occurrence before plan day `upto` with probability `percent`.
fn ticks(plan: &RebuildPlan, upto: u16, percent: u64, rng: &mut Rng) -> PlanTracking {
    let mut t = PlanTracking::default();
    for (w, a, d) in plan.occurrences() {
        if plan_day(w, d) < upto && rng.next() % 100 < percent {
            t.set_done(w, a, d, true);
        }
    }
    for w in 0..plan.weeks.len() {
        t.set_note(w as u8, "a note");
    }
    t
}

/// What must hold after starting again on `today` (restart point `from`).
fn check(before: &RebuildPlan, after: &RebuildPlan, tracking: &PlanTracking, from: u16, today: Date) {
    assert!(after.same_activities(before), "the same activities on the same plan days");
    let mut kept = tracking.clone();
    kept.keep_only(after);
    assert_eq!(&kept, tracking, "every tick and note still belongs to the plan");
    assert_eq!(after.day_date(from), today, "the restart point is today");
    for n in 0..after.day_count() {
        if n < from {
            assert_eq!(after.day_date(n), before.day_date(n), "day {n} before the restart point keeps its date");
        } else {
            assert!(after.day_date(n) >= today, "day {n} is not scheduled in the past");
        }
        if n > 0 {
            assert!(after.day_date(n) > after.day_date(n - 1), "day {n} is after the day before it");
        }
    }
    for (w, a, d) in after.occurrences() {
        if after.date_of(w, d) < today {
            assert!(tracking.is_done(w, a, d), "only done activities stay in the past");
        }
    }
    assert_eq!(restart_point(after, tracking, today), None, "nothing left to move");
    assert_eq!(missed_days(after, tracking, today), 0);
    let mut tidy = after.clone();
    assert_eq!(tidy.tidy_resumed(), 0, "a restart makes only valid resumes");
}

#[test]
fn a_plan_without_resumes_has_its_first_dates() {
    for plan in plans() {
        for n in 0..plan.day_count() {
            assert_eq!(plan.day_date(n), plan.start.add_days(i64::from(n)));
        }
        assert_eq!(plan.date_of(1, 3), plan.start.add_days(10));
    }
}

#[test]
fn starting_again_from_any_day_keeps_every_tick_and_note_and_nothing_undone_stays_behind() {
    let mut rng = Rng(7);
    let mut restarts = 0;
    for plan in plans() {
        for t in 0..=i64::from(plan.day_count()) + 3 {
            let today = plan.start.add_days(t);
            for percent in [0, 40, 90, 100] {
                let upto = (t as u16).min(plan.day_count());
                let tracking = ticks(&plan, upto, percent, &mut rng);
                match restart_from_today(&plan, &tracking, today) {
                    Some(after) => {
                        let from = restart_point(&plan, &tracking, today).unwrap();
                        check(&plan, &after, &tracking, from, today);
                        restarts += 1;
                    }
                    None => {
                        for (w, a, d) in plan.occurrences() {
                            assert!(plan.date_of(w, d) >= today || tracking.is_done(w, a, d));
                        }
                    }
                }
            }
        }
    }
    assert!(restarts > 1000, "only {restarts} restarts were tried");
}

#[test]
fn starting_again_several_times_even_after_unticking() {
    let mut rng = Rng(11);
    for plan in plans() {
        let mut current = plan.clone();
        let mut tracking = ticks(&plan, 3, 100, &mut rng);
        let mut today = plan.start.add_days(6);
        for round in 0..6 {
            if round == 3 {
                // Unticking an early day moves the restart point before the last resume.
                let (w, a, d) = current.occurrences().next().map(|(w, a, d)| (w, a.to_string(), d)).unwrap();
                tracking.set_done(w, &a, d, false);
            }
            let from = restart_point(&current, &tracking, today);
            let Some(after) = restart_from_today(&current, &tracking, today) else {
                // Everything before today is done (the days moved forward are still ahead).
                for (w, a, d) in current.occurrences() {
                    assert!(current.date_of(w, d) >= today || tracking.is_done(w, a, d), "round {round}");
                }
                today = today.add_days(5);
                continue;
            };
            check(&current, &after, &tracking, from.unwrap(), today);
            // The visitor does the first two days after starting again, then is away a while.
            let first = from.unwrap();
            for n in first..(first + 2).min(after.day_count()) {
                let done: Vec<_> = after.occurrences_on(n).map(|(w, a, d)| (w, a.to_string(), d)).collect();
                for (w, a, d) in done {
                    tracking.set_done(w, &a, d, true);
                }
            }
            current = after;
            today = today.add_days(5 + (rng.next() % 4) as i64);
        }
        assert!(current.resumed.len() <= 6);
    }
}

#[test]
fn nothing_to_move_when_everything_before_today_is_done() {
    let plan = &plans()[2];
    let mut rng = Rng(1);
    let tracking = ticks(plan, 5, 100, &mut rng);
    assert_eq!(restart_from_today(plan, &tracking, plan.start.add_days(5)), None);
    assert_eq!(restart_from_today(plan, &PlanTracking::default(), plan.start), None, "nothing is before day 1");
    let from = restart_point(plan, &tracking, plan.start.add_days(9)).unwrap();
    assert_eq!(from, 5, "the first day with something undone");
}

#[test]
fn tidy_resumed_drops_what_cannot_be() {
    let mut plan = plans()[0].clone();
    let start = plan.start;
    let later = |n: i64| start.add_days(n);
    plan.resumed = vec![
        Resume { from: 0, on: later(3) },
        Resume { from: 4, on: later(9) },
        Resume { from: 4, on: later(20) },
        Resume { from: 6, on: later(2) },
        Resume { from: 8, on: later(30) },
        Resume { from: 900, on: later(40) },
    ];
    assert_eq!(plan.tidy_resumed(), 3);
    assert_eq!(
        plan.resumed,
        vec![Resume { from: 0, on: later(3) }, Resume { from: 4, on: later(9) }, Resume { from: 8, on: later(30) }]
    );
    assert_eq!(plan.day_date(7), later(12));
}

#[test]
fn resumes_are_saved_only_when_there_are_some() {
    let mut plan = plans()[0].clone();
    use crate::core::saved::plan::{plan_json, read_plan_strict};
    let json = plan_json(&plan).to_text();
    assert!(!json.contains("resumed"), "a plan that kept its dates is saved as before");
    plan.resumed.push(Resume { from: 3, on: plan.start.add_days(8) });
    let json = plan_json(&plan).to_text();
    assert!(json.contains(r#""resumed":[{"from":3,"on":"2026-12-03"}]"#), "{json}");
    assert_eq!(crate::core::json::parse(&json).as_ref().and_then(read_plan_strict).unwrap(), plan);
}

#[test]
fn the_later_restart_wins_and_dates_alone_do_not_make_another_plan() {
    let plan = plans()[0].clone();
    let mut moved = plan.clone();
    moved.resumed.push(Resume { from: 3, on: plan.start.add_days(8) });
    assert!(moved.same_activities(&plan));
    assert!(moved.resumed_later_than(&plan));
    assert!(!plan.resumed_later_than(&moved));
    assert!(!plan.same_activities(&plans()[1]));
}
