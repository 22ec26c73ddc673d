//! The saved format: round trips, migrations, refusal of newer versions, and salvage.

use super::*;
use crate::core::bank::BANK;
use crate::core::answer::{Answer, Answers};
use crate::core::date::Date;
use crate::core::json::test_edit::j;
use crate::core::progress::CompletedQuiz;

/// Saves are edited as JSON values, the way they once were with serde_json.
type Value = Json;
use crate::core::plan::choices::Partner;
use crate::core::plan::library::ACTIVITIES;
use crate::core::plan::shift::Resume;
use crate::core::plan::{PlanWeek, PlannedActivity};

fn sample() -> Progress {
    let mut answers = Answers::new();
    answers.set(0, Answer::StronglyAgree);
    answers.set(5, Answer::Disagree);
    Progress { answers, screen: Screen::Question(6), ..Progress::default() }
}

fn with_plan() -> Progress {
    let mut p = sample();
    p.finished = true;
    p.screen = Screen::Plan;
    p.history = vec![
        CompletedQuiz { date: None, answers: p.answers.clone() },
        CompletedQuiz { date: Date::new(2026, 11, 25), answers: p.answers.clone() },
    ];
    p.in_history = true;
    p.choices = PlanChoices { weeks: 2, minutes_per_day: 5, partner: Partner::Alone, ..PlanChoices::default() };
    let item = |i: usize, days: Vec<u8>| PlannedActivity { activity: ACTIVITIES[i].id.to_string(), days };
    p.plan = Some(RebuildPlan {
        start: Date::new(2026, 11, 25).unwrap(),
        choices: p.choices.clone(),
        seed: 3,
        for_two: None,
        resumed: Vec::new(),
        weeks: vec![
            PlanWeek { items: vec![item(0, (0..7).collect()), item(1, vec![2])] },
            PlanWeek { items: vec![item(2, vec![5])] },
        ],
    });
    p.tracking.set_done(0, ACTIVITIES[1].id, 2, true);
    p.tracking.set_note(1, "We went for a walk, and it was \"nice\".\nReally.");
    p.round = 4;
    p
}

/// What a finished save from before bank 2 opens as: the same, with its answers opened
/// again so only the new statements are asked.
fn catching_up(mut p: Progress) -> Progress {
    p.finished = false;
    if matches!(p.screen, Screen::Results | Screen::Compare) {
        p.screen = Screen::Intro;
    }
    assert!(p.catching_up());
    p
}

#[test]
fn round_trip() {
    for screen in [Screen::Intro, Screen::Question(0), Screen::Question(27), Screen::Results] {
        let mut p = sample();
        p.screen = screen;
        p.finished = screen == Screen::Results;
        assert_eq!(decode(Some(&encode(&p))), Loaded::Restored(p));
    }
    let empty = Progress::default();
    assert_eq!(decode(Some(&encode(&empty))), Loaded::Restored(empty));
    let full = with_plan();
    assert_eq!(decode(Some(&encode(&full))), Loaded::Restored(full.clone()));
    let mut compare = full;
    compare.screen = Screen::Compare;
    assert_eq!(decode(Some(&encode(&compare))), Loaded::Restored(compare));
}

#[test]
fn the_chosen_language_round_trips_and_an_unknown_one_is_simply_unset() {
    use crate::core::lang::Lang;
    let mut p = sample();
    p.lang = Some(Lang::Es);
    let saved = encode(&p);
    assert!(saved.contains(r#""lang":"es""#), "{saved}");
    assert_eq!(decode(Some(&saved)), Loaded::Restored(p.clone()));
    assert!(!encode(&sample()).contains("lang"), "no key until the visitor chooses");
    let other = saved.replace(r#""lang":"es""#, r#""lang":"xx""#);
    p.lang = None;
    assert_eq!(decode(Some(&other)), Loaded::Restored(p));
}

#[test]
fn reminder_choices_round_trip_and_are_written_only_once_made() {
    use crate::core::plan::reminder::Reminder;
    let plain = with_plan();
    assert!(!encode(&plain).contains("reminder"), "a save without reminders is as it was");
    let mut p = with_plan();
    p.reminder = Reminder { at: Some(19 * 60), before: 15, named: true };
    let text = encode(&p);
    assert!(text.contains(r#""reminder":{"at":1140,"before":15,"named":true}"#), "{text}");
    assert_eq!(decode(Some(&text)), Loaded::Restored(p.clone()));
    // Odd values are made sound; an unreadable reminder costs nothing else.
    let odd = text.replace(r#""at":1140,"before":15"#, r#""at":1140,"before":7"#);
    let Loaded::Restored(read) = decode(Some(&odd)) else { panic!("{odd}") };
    assert_eq!(read.reminder, Reminder { at: Some(1140), before: 0, named: true });
    let bad = text.replace(r#""at":1140"#, r#""at":"tea time""#);
    let Loaded::Salvaged { progress, .. } = decode(Some(&bad)) else { panic!("{bad}") };
    assert_eq!(progress.reminder, Reminder::default());
    assert_eq!(progress.answers, p.answers);
}

#[test]
fn carries_its_version() {
    let v: Value = j(&encode(&sample()));
    assert_eq!(v["version"], FORMAT_VERSION);
    assert_eq!(v["at"], BANK[6].id);
}

#[test]
fn nothing_saved() {
    assert_eq!(decode(None), Loaded::Nothing);
}

#[test]
fn newer_versions_are_left_alone() {
    let raw = format!("{{\"version\":{},\"answers\":{{}}}}", FORMAT_VERSION + 1);
    assert_eq!(decode(Some(&raw)), Loaded::Newer { version: FORMAT_VERSION + 1 });
}

/// Exactly what version 1 of the widget wrote.
fn v1(at: &str, finished: bool) -> String {
    format!(
        r#"{{"version":1,"answers":{{"{}":5,"{}":2}},"at":"{at}","finished":{finished}}}"#,
        BANK[0].id, BANK[5].id
    )
}

#[test]
fn version_1_in_progress_migrates_without_history() {
    match decode(Some(&v1(BANK[6].id, false))) {
        Loaded::Restored(p) => {
            assert_eq!(p, sample());
            assert!(p.history.is_empty());
            assert!(p.plan.is_none());
            assert_eq!(p.choices, PlanChoices::default());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn version_1_finished_becomes_the_first_undated_result() {
    match decode(Some(&v1("results", true))) {
        Loaded::Restored(p) => {
            // Bank 2 asks more: the intro says so, and results wait for the new statements.
            assert_eq!(p.screen, Screen::Intro);
            assert!(p.catching_up());
            assert_eq!(p.history.len(), 1);
            assert_eq!(p.history[0].date, None);
            assert_eq!(p.history[0].answers, sample().answers);
            assert_eq!(p.answers, sample().answers);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn migrating_then_saving_writes_the_current_version() {
    let Loaded::Restored(p) = decode(Some(&v1("results", true))) else { panic!() };
    let again: Value = j(&encode(&p));
    assert_eq!(again["version"], FORMAT_VERSION);
    assert_eq!(decode(Some(&encode(&p))), Loaded::Restored(p));
}

#[test]
fn bad_answers_are_dropped_one_by_one() {
    let raw = format!(
        r#"{{"version":2,"answers":{{"{}":4,"{}":9,"gone-question":3,"{}":"x"}},"at":"{}"}}"#,
        BANK[0].id, BANK[1].id, BANK[2].id, BANK[3].id
    );
    match decode(Some(&raw)) {
        Loaded::Salvaged { progress, dropped } => {
            assert_eq!(dropped, 3);
            assert_eq!(progress.answers.get(0), Some(Answer::Agree));
            assert_eq!(progress.answers.len(), 1);
            assert_eq!(progress.screen, Screen::Question(3));
        }
        other => panic!("expected salvage, got {other:?}"),
    }
}

#[test]
fn a_damaged_plan_keeps_the_answers_and_the_history() {
    let mut v: Value = j(&encode(&with_plan()));
    v["plan"]["weeks"] = Value::from("not weeks");
    match decode(Some(&v.to_text())) {
        Loaded::Salvaged { progress, .. } => {
            assert!(progress.plan.is_none());
            assert_eq!(progress.history.len(), 2);
            assert_eq!(progress.answers, sample().answers);
            assert_eq!(progress.screen, Screen::Results, "without its plan, the plan screen falls back to the results");
            assert!(progress.tracking.done.is_empty());
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_activities_and_days_are_dropped_from_a_plan() {
    let mut v: Value = j(&encode(&with_plan()));
    v["plan"]["weeks"][0]["items"][1]["activity"] = Value::from("gone-activity");
    v["plan"]["weeks"][1]["items"][0]["days"] = j("[5, 9]");
    match decode(Some(&v.to_text())) {
        Loaded::Salvaged { progress, dropped } => {
            let plan = progress.plan.unwrap();
            assert_eq!(plan.weeks[0].items.len(), 1);
            assert_eq!(plan.weeks[1].items[0].days, vec![5]);
            assert_eq!(dropped, 1);
            assert!(progress.tracking.done.is_empty(), "the tick on the dropped activity goes too");
            assert_eq!(progress.tracking.note(1), with_plan().tracking.note(1));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn unknown_screen_falls_back_to_the_intro_keeping_answers() {
    let raw = format!(r#"{{"version":2,"answers":{{"{}":2}},"at":"nowhere"}}"#, BANK[0].id);
    match decode(Some(&raw)) {
        Loaded::Salvaged { progress, dropped: 1 } => {
            assert_eq!(progress.screen, Screen::Intro);
            assert_eq!(progress.answers.get(0), Some(Answer::Disagree));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn garbage_is_unreadable() {
    for raw in ["", "{", "null", "[]", "42", "\"text\"", "{\"other\":1}"] {
        assert_eq!(decode(Some(raw)), Loaded::Unreadable, "{raw:?}");
    }
}

#[test]
fn a_missing_version_still_keeps_the_answers() {
    let raw = format!(r#"{{"answers":{{"{}":5}}}}"#, BANK[0].id);
    match decode(Some(&raw)) {
        Loaded::Salvaged { progress, .. } => assert_eq!(progress.answers.get(0), Some(Answer::StronglyAgree)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn results_screen_means_finished() {
    let raw = r#"{"version":2,"answers":{},"at":"results"}"#;
    match decode(Some(raw)) {
        Loaded::Restored(p) => assert!(p.finished),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_save_written_by_the_version_2_release_loads_with_everything_intact() {
    // Written by the release before partner comparison (format version 2).
    let v2 = include_str!("fixtures/v2-with-plan.json");
    assert!(v2.starts_with("{\"version\":2,"));
    assert_eq!(decode(Some(v2)), Loaded::Restored(catching_up(with_plan())));
}

#[test]
fn the_partner_is_saved_only_when_the_visitor_keeps_it() {
    use crate::core::partner::code::{encode as encode_code, PartnerView};
    let mut theirs = Answers::new();
    theirs.set(3, Answer::Disagree);
    let view = PartnerView::of(&theirs, true);
    let mut p = with_plan();
    p.screen = Screen::Partner;
    p.partner = Some(PartnerData { code: encode_code(&view), view, name: "Sam".into(), keep: false });
    let raw = encode(&p);
    assert!(!raw.contains("\"partner\":{"), "not kept: never written");
    let Loaded::Restored(back) = decode(Some(&raw)) else { panic!() };
    assert_eq!(back.partner, None);
    assert_eq!(back.screen, Screen::Partner);
    p.partner.as_mut().unwrap().keep = true;
    assert_eq!(decode(Some(&encode(&p))), Loaded::Restored(p.clone()));
    // A damaged partner code is dropped, the rest kept.
    let damaged = encode(&p).replace(&p.partner.as_ref().unwrap().code, "NOT-A-CODE");
    let Loaded::Salvaged { progress, dropped } = decode(Some(&damaged)) else { panic!() };
    assert_eq!((progress.partner, dropped), (None, 1));
    assert_eq!(progress.answers, p.answers);
}

/// A save written before plans could start again from today (format 2, no `resumed`).
const SAVED_BEFORE_RESUMES: &str = r#"{"version":2,"answers":{"safety-real-self":5,"time-just-us":2},"at":"plan","finished":true,"history":[{"date":null,"answers":{"safety-real-self":5,"time-just-us":2}},{"date":"2026-11-25","answers":{"safety-real-self":5,"time-just-us":2}}],"in_history":true,"choices":{"weeks":2,"minutes_per_day":5,"kinds":["talking","time-together","touch","presence","appreciation","reflection"],"partner":"alone"},"plan":{"start":"2026-11-25","choices":{"weeks":2,"minutes_per_day":5,"kinds":["talking","time-together","touch","presence","appreciation","reflection"],"partner":"alone"},"seed":3,"weeks":[{"items":[{"activity":"safety-thank-for-honesty","days":[0,1,2,3,4,5,6]},{"activity":"safety-pause-before-reacting","days":[2]}]},{"items":[{"activity":"safety-listen-without-fixing","days":[5]}]}]},"tracking":{"done":["0:safety-pause-before-reacting:2"],"notes":{"1":"We went for a walk, and it was \"nice\".\nReally."}},"round":4}"#;

#[test]
fn a_save_from_before_resumes_loads_unchanged_and_is_written_back_the_same() {
    let Loaded::Restored(p) = decode(Some(SAVED_BEFORE_RESUMES)) else { panic!("not restored") };
    assert_eq!(p, catching_up(with_plan()));
    let plan = p.plan.as_ref().unwrap();
    assert!(plan.resumed.is_empty());
    assert_eq!(plan.date_of(1, 5), Date::new(2026, 12, 7).unwrap(), "the same dates as before");
    let as_v4 = SAVED_BEFORE_RESUMES.replace("\"version\":2", "\"version\":4").replace("\"finished\":true", "\"finished\":false");
    assert_eq!(encode(&p), as_v4, "saved again byte for byte, as version 4, waiting for the new statements");
}

#[test]
fn a_plan_started_again_round_trips_and_bad_resumes_are_dropped() {
    use crate::core::plan::shift::Resume;
    let mut p = with_plan();
    let start = p.plan.as_ref().unwrap().start;
    p.plan.as_mut().unwrap().resumed = vec![Resume { from: 3, on: start.add_days(9) }];
    assert_eq!(decode(Some(&encode(&p))), Loaded::Restored(p.clone()));

    let mut v: Value = j(&encode(&p));
    v["plan"]["resumed"] = j(r#"[
        { "from": 3, "on": "2026-12-04" },
        { "from": 2, "on": "2026-12-30" },
        { "from": 5, "on": "2026-11-01" },
        { "from": 99, "on": "2026-12-30" }
    ]"#);
    let Loaded::Salvaged { progress, dropped } = decode(Some(&v.to_text())) else { panic!("not salvaged") };
    assert_eq!(dropped, 3);
    assert_eq!(progress.plan, p.plan, "the one good resume is kept");
    assert_eq!(progress.tracking, p.tracking);

    v["plan"]["resumed"] = Value::from("soon");
    let Loaded::Salvaged { progress, .. } = decode(Some(&v.to_text())) else { panic!("not salvaged") };
    assert!(progress.plan.is_none(), "an unreadable plan is dropped as before");
    assert_eq!(progress.answers, p.answers, "and no answer is lost");
}

/// Everything a save can hold: 28 answers, two results, an 8-week plan for two that was
/// started again, ticks, notes with characters that need escaping, a kept partner.
fn rich() -> Progress {
    // Bank 1's statements (two of them retired since, and kept).
    let mut answers = Answers::new();
    for (i, id) in crate::core::bank::BANK_V1.iter().enumerate() {
        assert!(answers.set_id(id, Answer::SCALE[(i * 7) % 5]));
    }
    let mut p = Progress { answers: answers.clone(), screen: Screen::Plan, finished: true, round: 9, ..Progress::default() };
    p.history = vec![CompletedQuiz { date: None, answers: answers.clone() }, CompletedQuiz { date: Date::new(2026, 1, 2), answers }];
    p.in_history = true;
    let item = |i: usize, days: Vec<u8>| PlannedActivity { activity: ACTIVITIES[i].id.to_string(), days };
    let start = Date::new(2026, 1, 5).unwrap();
    p.plan = Some(RebuildPlan {
        start,
        choices: PlanChoices::default(),
        seed: u64::MAX,
        for_two: Some(vec![Some(3), None, Some(255), Some(0), None, None, Some(100)]),
        resumed: vec![Resume { from: 3, on: start.add_days(9) }],
        weeks: (0..8).map(|w| PlanWeek { items: vec![item(w, (0..7).collect()), item(w + 8, vec![2, 4])] }).collect(),
    });
    p.tracking.set_done(0, ACTIVITIES[8].id, 2, true);
    p.tracking.set_done(7, ACTIVITIES[15].id, 4, true);
    p.tracking.set_note(2, "two \u{1}\u{1f}\"\\/é😀\t");
    p.tracking.set_note(7, "seven");
    p.tracking.set_note(0, "zero");
    // A partner code of format 1, as that release wrote it: one answer, to statement 3.
    let view = code::decode("6021-R8EB-HR80-0000-D").unwrap();
    assert_eq!((view.bank, view.answers.as_ref().unwrap().get(3)), (1, Some(Answer::Disagree)));
    p.partner = Some(PartnerData { code: code::encode(&view), view, name: "Sam \"S\"".into(), keep: true });
    p
}

#[test]
fn a_save_written_by_serde_reads_back_and_is_written_again_byte_for_byte() {
    // Written by this format's serde version (the release before this codec), from `rich()`.
    let by_serde = include_str!("fixtures/v3-written-by-serde.json");
    assert_eq!(decode(Some(by_serde)), Loaded::Restored(catching_up(rich())));
    let as_v4 = |raw: &str| raw.replacen("\"version\":2", "\"version\":4", 1).replacen("\"version\":3", "\"version\":4", 1).replacen("\"finished\":true", "\"finished\":false", 1);
    assert_eq!(encode(&catching_up(rich())), as_v4(by_serde), "every answer, the retired ones too, and the old partner code");
    let v2 = include_str!("fixtures/v2-with-plan.json");
    let Loaded::Restored(p) = decode(Some(v2)) else { panic!("not restored") };
    assert_eq!(encode(&p), as_v4(v2), "the v2 file, saved again as version 4");
}
