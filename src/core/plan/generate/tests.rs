//! The generator's rules, checked over many random results and choices.

use std::collections::{BTreeMap, BTreeSet};

use super::*;
use crate::core::answer::{Answer, Answers};
use crate::core::bank::{AREAS, BANK};
use crate::core::plan::activity::Kind;
use crate::core::plan::choices::{KindSet, MINUTE_OPTIONS, WEEK_OPTIONS};
use crate::core::plan::{activity, PlanWeek};
use crate::core::scoring::score;

/// Random answers: some areas pushed low, some high, a few questions skipped.
fn random_results(rng: &mut Rng) -> Results {
    let bias: Vec<u64> = AREAS.iter().map(|_| rng.next() % 5).collect();
    let mut answers = Answers::new();
    for (i, s) in BANK.iter().enumerate() {
        if rng.next() % 10 == 0 {
            continue;
        }
        let area_bias = bias[s.area.index()];
        let v = ((area_bias + rng.next() % 2) as usize).min(4);
        answers.set(i, Answer::SCALE[v]);
    }
    score(&answers)
}

fn random_choices(rng: &mut Rng) -> PlanChoices {
    let kinds: KindSet = Kind::ALL.into_iter().filter(|_| rng.next() % 4 != 0).collect();
    PlanChoices {
        weeks: WEEK_OPTIONS[(rng.next() % 3) as usize],
        minutes_per_day: MINUTE_OPTIONS[(rng.next() % 3) as usize],
        kinds,
        partner: if rng.next() % 3 == 0 { Partner::Alone } else { Partner::Together },
    }
}

fn generous() -> PlanChoices {
    PlanChoices { weeks: 4, minutes_per_day: 30, kinds: Kind::ALL.into_iter().collect(), partner: Partner::Together }
}

fn all_answered(a: Answer) -> Results {
    let mut answers = Answers::new();
    for i in 0..BANK.len() {
        answers.set(i, a);
    }
    score(&answers)
}

/// Items per area over the whole plan.
fn per_area(weeks: &[PlanWeek]) -> BTreeMap<AreaId, usize> {
    let mut m = BTreeMap::new();
    for w in weeks {
        for i in &w.items {
            *m.entry(activity(&i.activity).unwrap().area).or_insert(0) += 1;
        }
    }
    m
}

/// Every rule that must hold for any plan the generator returns.
fn check_plan(results: &Results, choices: &PlanChoices, weeks: &[PlanWeek]) {
    assert_eq!(weeks.len(), usize::from(choices.weeks));
    let mut once_seen = BTreeSet::new();
    for (w, week) in weeks.iter().enumerate() {
        assert!(!week.items.is_empty(), "week {w} is empty");
        let mut load = [0u32; 7];
        let mut ids = BTreeSet::new();
        for item in &week.items {
            let a = activity(&item.activity).expect("a library activity");
            assert!(ids.insert(a.id), "{} twice in week {w}", a.id);
            assert!(choices.kinds.contains(&a.kind), "{} is an excluded kind", a.id);
            if choices.partner == Partner::Alone {
                assert_eq!(a.who, Who::Solo, "{} needs a partner", a.id);
            }
            match a.cadence {
                Cadence::Daily => {
                    assert!(item.days.len() >= MIN_HABIT_DAYS, "{} on too few days", a.id);
                    assert!(item.days.windows(2).all(|d| d[0] < d[1]));
                }
                _ => assert_eq!(item.days.len(), 1),
            }
            if a.cadence == Cadence::Once {
                assert!(once_seen.insert(a.id), "{} is one-off but planned twice", a.id);
            }
            for &d in &item.days {
                assert!(d < 7);
                load[usize::from(d)] += u32::from(a.minutes);
            }
        }
        for (d, l) in load.iter().enumerate() {
            assert!(*l <= u32::from(choices.minutes_per_day), "week {w} day {d}: {l} min");
        }
    }
    let _ = results;
}

#[test]
fn random_results_and_choices_always_give_a_valid_plan_or_a_reason() {
    let mut rng = Rng(42);
    let mut made = 0;
    for _ in 0..1500 {
        let results = random_results(&mut rng);
        let choices = random_choices(&mut rng);
        let seed = rng.next();
        match generate(&results, &choices, Care::Usual, seed) {
            Ok(weeks) => {
                made += 1;
                check_plan(&results, &choices, &weeks);
                assert_eq!(generate(&results, &choices, Care::Usual, seed), Ok(weeks), "deterministic");
            }
            Err(PlanProblem::NothingAllowed) => assert!(choices.kinds.is_empty()),
            Err(PlanProblem::NeedsPartner) => {
                assert_eq!(choices.partner, Partner::Alone);
                assert_eq!(allowed(&choices, Care::Usual).count(), 0);
            }
            Err(PlanProblem::NothingFits) => {
                // Only when every allowed activity is one-off and there are too few of them.
                let repeatable = allowed(&choices, Care::Usual).filter(|a| a.cadence != Cadence::Once).count();
                assert_eq!(repeatable, 0, "{choices:?}");
            }
        }
    }
    assert!(made > 1000, "only {made} plans made");
}

#[test]
fn the_weakest_area_gets_the_most_activities() {
    let mut rng = Rng(7);
    let mut checked = 0;
    for _ in 0..4000 {
        let results = random_results(&mut rng);
        let choices = random_choices(&mut rng);
        let focus = focus_areas(&results);
        // The rule can only hold when the weakest area has enough to offer under these
        // choices: a first step, and more than one thing to do each week.
        let offer: Vec<_> = allowed(&choices, Care::Usual).filter(|a| a.area == focus[0] && a.cadence != Cadence::Once).collect();
        let first_steps = offer.iter().filter(|a| a.depth == 1 && a.cadence != Cadence::Daily).count();
        if first_steps < 2 || offer.len() < 4 {
            continue;
        }
        let Ok(weeks) = generate(&results, &choices, Care::Usual, rng.next()) else { continue };
        let counts = per_area(&weeks);
        let weakest = counts.get(&focus[0]).copied().unwrap_or(0);
        for (area, n) in &counts {
            assert!(weakest >= *n, "{:?} got {weakest}, {area:?} got {n}; {choices:?}", focus[0]);
        }
        checked += 1;
    }
    assert!(checked > 150, "only {checked} cases checked");
}

#[test]
fn weakest_areas_come_first_and_unscored_ones_last() {
    let mut answers = Answers::new();
    for (i, s) in BANK.iter().enumerate() {
        let a = match s.area {
            AreaId::Time => Answer::Unsure,
            AreaId::Affection => continue, // no answers: no score
            _ => Answer::StronglyAgree,
        };
        answers.set(i, a);
    }
    let focus = focus_areas(&score(&answers));
    assert_eq!(*focus.last().unwrap(), AreaId::Affection);
    assert_eq!(focus.len(), AREAS.len());
}

#[test]
fn weeks_build_from_small_steps_to_deeper_ones() {
    assert_eq!((0..2).map(|w| depth_cap(w, 2)).collect::<Vec<_>>(), [1, 3]);
    assert_eq!((0..4).map(|w| depth_cap(w, 4)).collect::<Vec<_>>(), [1, 2, 2, 3]);
    assert_eq!((0..8).map(|w| depth_cap(w, 8)).collect::<Vec<_>>(), [1, 1, 2, 2, 2, 2, 3, 3]);
    let mut rng = Rng(99);
    for _ in 0..300 {
        let results = random_results(&mut rng);
        let choices = PlanChoices {
            weeks: WEEK_OPTIONS[(rng.next() % 3) as usize],
            minutes_per_day: MINUTE_OPTIONS[(rng.next() % 3) as usize],
            ..generous()
        };
        let weeks = generate(&results, &choices, Care::Usual, rng.next()).unwrap();
        let depth = |w: &PlanWeek| -> Vec<u8> { w.items.iter().map(|i| activity(&i.activity).unwrap().depth).collect() };
        assert!(depth(&weeks[0]).iter().all(|&d| d == 1), "week 1 is small steps only");
        let deepest = |w: &PlanWeek| depth(w).into_iter().max().unwrap_or(0);
        assert!(deepest(weeks.last().unwrap()) > deepest(&weeks[0]), "the last week goes deeper: {choices:?}");
        for (w, week) in weeks.iter().enumerate() {
            assert!(depth(week).iter().all(|&d| d <= depth_cap(w, weeks.len())), "week {w} too deep");
        }
    }
}

#[test]
fn same_input_same_plan_and_another_seed_another_plan() {
    let results = all_answered(Answer::Disagree);
    let a = generate(&results, &generous(), Care::Usual, 1).unwrap();
    assert_eq!(a, generate(&results, &generous(), Care::Usual, 1).unwrap());
    let mut rng = Rng(5);
    let mut differing = 0;
    for _ in 0..100 {
        let r = random_results(&mut rng);
        let s = rng.next();
        if generate(&r, &generous(), Care::Usual, s) != generate(&r, &generous(), Care::Usual, s.wrapping_add(1)) {
            differing += 1;
        }
    }
    assert!(differing >= 95, "only {differing} of 100 seed pairs differ");
}

#[test]
fn a_different_plan_is_different_and_valid() {
    let results = all_answered(Answer::Disagree);
    let choices = generous();
    let first = generate(&results, &choices, Care::Usual, 0).unwrap();
    let (seed, second) = different(&results, &choices, Care::Usual, 0, &first).unwrap();
    assert_ne!(seed, 0);
    assert_ne!(first, second);
    check_plan(&results, &choices, &second);
}

#[test]
fn strong_results_still_get_a_plan_to_keep_them_strong() {
    let results = all_answered(Answer::StronglyAgree);
    assert!(results.areas.iter().all(|a| a.score.is_some()));
    for minutes in MINUTE_OPTIONS {
        let choices = PlanChoices { minutes_per_day: minutes, ..generous() };
        let weeks = generate(&results, &choices, Care::Usual, 3).unwrap();
        check_plan(&results, &choices, &weeks);
    }
}

#[test]
fn an_unanswered_quiz_still_gets_a_balanced_plan() {
    let weeks = generate(&score(&Answers::new()), &generous(), Care::Usual, 0).unwrap();
    check_plan(&score(&Answers::new()), &generous(), &weeks);
}

#[test]
fn leaving_everything_out_says_so() {
    let choices = PlanChoices { kinds: KindSet::new(), ..generous() };
    assert_eq!(generate(&all_answered(Answer::Agree), &choices, Care::Usual, 0), Err(PlanProblem::NothingAllowed));
}

#[test]
fn starting_alone_uses_only_solo_activities_even_with_five_minutes() {
    let choices = PlanChoices { partner: Partner::Alone, minutes_per_day: 5, weeks: 8, ..generous() };
    let results = all_answered(Answer::Disagree);
    let weeks = generate(&results, &choices, Care::Usual, 11).unwrap();
    check_plan(&results, &choices, &weeks);
}

#[test]
fn more_minutes_give_fuller_weeks() {
    let results = all_answered(Answer::Disagree);
    let items = |m: u8| -> usize {
        let c = PlanChoices { minutes_per_day: m, ..generous() };
        generate(&results, &c, Care::Usual, 0).unwrap().iter().map(|w| w.items.len()).sum()
    };
    assert!(items(5) < items(15) && items(15) <= items(30));
}

#[test]
fn activities_that_take_the_whole_day_still_fit() {
    // Every activity that fits the daily minutes on its own must be plannable: with enough
    // plans, each appears somewhere.
    for minutes in MINUTE_OPTIONS {
        let choices = PlanChoices { minutes_per_day: minutes, weeks: 8, ..generous() };
        let mut seen = BTreeSet::new();
        let mut rng = Rng(u64::from(minutes));
        for _ in 0..200 {
            let weeks = generate(&random_results(&mut rng), &choices, Care::Usual, rng.next()).unwrap();
            for w in &weeks {
                for i in &w.items {
                    seen.insert(i.activity.clone());
                }
            }
        }
        let full_day: Vec<_> = allowed(&choices, Care::Usual).filter(|a| a.minutes == minutes).map(|a| a.id).collect();
        for id in full_day {
            assert!(seen.contains(id), "{id} ({minutes} min) is never planned");
        }
    }
}

#[test]
fn starting_alone_with_only_touch_asks_for_a_partner() {
    let choices = PlanChoices { kinds: [Kind::Touch].into_iter().collect(), partner: Partner::Alone, ..generous() };
    assert_eq!(generate(&all_answered(Answer::Agree), &choices, Care::Usual, 0), Err(PlanProblem::NeedsPartner));
}

#[test]
fn a_visitor_who_may_not_be_safe_gets_a_plan_for_themself_with_nothing_that_needs_safety() {
    let mut rng = Rng(18);
    let mut made = 0;
    for _ in 0..1000 {
        let results = random_results(&mut rng);
        let choices = random_choices(&mut rng);
        match generate(&results, &choices, Care::Safety, rng.next()) {
            Ok(weeks) => {
                made += 1;
                // Checked as a plan for one person, whatever the form said.
                check_plan(&results, &Care::Safety.choices(&choices), &weeks);
                for item in weeks.iter().flat_map(|w| &w.items) {
                    let a = activity(&item.activity).unwrap();
                    assert!(!a.has(NEEDS_SAFETY), "{} needs safety", a.id);
                    assert!(a.has(FOR_YOU) && a.who == Who::Solo, "{} is not for the visitor alone", a.id);
                }
            }
            Err(PlanProblem::NothingAllowed) => assert!(choices.kinds.is_empty()),
            Err(PlanProblem::NeedsPartner) => panic!("a partner is never asked for: {choices:?}"),
            Err(PlanProblem::NothingFits) => {
                let repeatable = allowed(&Care::Safety.choices(&choices), Care::Safety).filter(|a| a.cadence != Cadence::Once).count();
                assert_eq!(repeatable, 0, "{choices:?}");
            }
        }
    }
    assert!(made > 500, "only {made} plans made");
    // Every length and time budget, with every kind, gives a plan.
    for weeks in WEEK_OPTIONS {
        for minutes in MINUTE_OPTIONS {
            let choices = PlanChoices { weeks, minutes_per_day: minutes, ..generous() };
            let plan = generate(&all_answered(Answer::Disagree), &choices, Care::Safety, 0);
            assert!(plan.is_ok(), "{weeks} weeks, {minutes} min: {plan:?}");
        }
    }
}

#[test]
fn low_safety_gets_nothing_after_tension_and_no_disclosure_in_the_first_week() {
    let mut rng = Rng(19);
    let mut made = 0;
    for _ in 0..1000 {
        let results = random_results(&mut rng);
        let choices = random_choices(&mut rng);
        let Ok(weeks) = generate(&results, &choices, Care::Gentle, rng.next()) else { continue };
        made += 1;
        check_plan(&results, &choices, &weeks);
        for (w, week) in weeks.iter().enumerate() {
            for item in &week.items {
                let a = activity(&item.activity).unwrap();
                assert!(!a.has(AFTER_TENSION) && !a.has(FOR_YOU), "{}", a.id);
                assert!(w > 0 || !a.has(DISCLOSURE), "{} in the first week", a.id);
            }
        }
    }
    assert!(made > 500, "only {made} plans made");
    // Low safety first: the first week's stretch would have reached for a disclosure.
    let weeks = generate(&all_answered(Answer::StronglyDisagree), &generous(), Care::Gentle, 0).unwrap();
    assert!(weeks[0].items.iter().all(|i| i.activity != "safety-share-something-hidden"));
}

#[test]
fn everyone_else_never_gets_the_activities_for_one_alone() {
    let mut rng = Rng(20);
    for _ in 0..300 {
        let results = random_results(&mut rng);
        let choices = random_choices(&mut rng);
        let Ok(weeks) = generate(&results, &choices, Care::Usual, rng.next()) else { continue };
        assert!(weeks.iter().flat_map(|w| &w.items).all(|i| !activity(&i.activity).unwrap().has(FOR_YOU)));
    }
}
