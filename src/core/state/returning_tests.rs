//! A visitor who comes back after the bank changed: saves and partner codes that 0.4.0 wrote
//! (bank 1, kept as fixtures) open with every answer, and only the new statements are asked.

use super::*;
use crate::core::answer::Answer;
use crate::core::bank::{position_of, AreaId, ASKED, BANK, BANK_V1, QUESTION_COUNT, RETIRED};
use crate::core::json::{parse, Json};
use crate::core::partner::compare::compare;
use crate::core::saved::{decode, encode, Loaded};

const FINISHED: &str = include_str!("../../../tests/fixtures/bank-v1/save-finished.json");
const MIDWAY: &str = include_str!("../../../tests/fixtures/bank-v1/save-midway.json");

fn today() -> Date {
    Date::new(2026, 12, 7).unwrap()
}

fn opened(raw: &str) -> Progress {
    match decode(Some(raw)) {
        Loaded::Restored(p) => p,
        other => panic!("not restored whole: {other:?}"),
    }
}

fn run(state: &State, actions: &[Action]) -> State {
    actions.iter().fold(state.clone(), |s, a| s.reduce(a.clone()).unwrap_or(s))
}

/// Every answer in a saved answers object, by id.
fn saved_answers(value: &Json) -> Vec<(String, u8)> {
    value.as_object().unwrap().iter().map(|(id, v)| (id.clone(), v.as_u64().unwrap() as u8)).collect()
}

fn assert_every_answer_kept(saved: &Json, answers: &crate::core::answer::Answers) {
    let saved = saved_answers(saved);
    assert_eq!(saved.len(), BANK_V1.len() + 3, "the fixture holds bank 1 and the safety check");
    for (id, value) in saved {
        assert_eq!(answers.get_id(&id).map(Answer::value), Some(value), "{id}");
    }
}

/// The positions of the statements bank 2 added.
fn new_positions() -> Vec<usize> {
    (0..QUESTION_COUNT).filter(|&q| !BANK_V1.contains(&BANK[q].id)).collect()
}

#[test]
fn a_finished_save_from_0_4_0_opens_with_every_answer_its_plan_and_its_partner() {
    let fixture = parse(FINISHED).unwrap();
    assert_eq!(fixture.get("version").and_then(Json::as_u64), Some(3));
    let p = opened(FINISHED);
    assert_every_answer_kept(fixture.get("answers").unwrap(), &p.answers);
    let history = fixture.get("history").unwrap().as_array().unwrap();
    assert_eq!(p.history.len(), history.len());
    assert_every_answer_kept(history[0].get("answers").unwrap(), &p.history[0].answers);
    assert_eq!(p.history[0].date, Date::new(2026, 11, 2));
    // The plan, its ticks and its note, an activity that moved to the repair area included.
    let plan = p.plan.as_ref().unwrap();
    assert_eq!(plan.weeks.len(), 4);
    assert!(plan.occurrences().any(|(_, a, _)| a == "safety-repair-attempt"));
    assert_eq!(p.tracking.done.len(), 4);
    assert_eq!(p.tracking.note(0), "We walked.");
    // The partner kept, with the code as it was typed, from the earlier version.
    let partner = p.partner.as_ref().unwrap();
    assert_eq!((partner.name.as_str(), partner.code.as_str()), ("Sam", "6XMT-9G5T-WP03-YDY8-S"));
    assert!(partner.view.is_older());
    // Where the visitor was, and the results waiting for the new statements.
    assert_eq!(p.screen, Screen::Partner);
    assert!(p.catching_up());
    assert_eq!(p.answers.new_missing(), 8);
    // Saved again, it reads back the same, every retired answer still in it.
    let again = encode(&p);
    assert!(RETIRED.iter().all(|id| again.contains(id)));
    assert_eq!(opened(&again), p);
}

#[test]
fn a_returning_visitor_answers_only_the_new_statements_and_then_sees_their_results() {
    let before = opened(FINISHED);
    let s = State::new(before.clone(), None, today());
    // The partner and plan screens' way back to results that wait leads to the intro, which
    // says why; no button is left dead.
    for way_back in [Action::Back, Action::ShowResults] {
        assert_eq!(s.reduce(way_back).map(|s| s.screen()), Some(Screen::Intro));
    }
    let s = run(&s, &[Action::ShowResults]);
    let mut s = run(&s, &[Action::Start]);
    let mut asked = Vec::new();
    while let Screen::Question(q) = s.screen() {
        assert!(asked.len() < ASKED, "the quiz never ends");
        asked.push(q);
        s = run(&s, &[Action::Choose { question: q, answer: Answer::Agree }, Action::Next]);
    }
    assert_eq!(asked, new_positions(), "only the new statements, in quiz order");
    assert_eq!(s.screen(), Screen::Results);
    let p = &s.progress;
    assert!(p.finished && !p.catching_up());
    // Every earlier answer is still there, and the new ones with it.
    for (id, value) in saved_answers(parse(FINISHED).unwrap().get("answers").unwrap()) {
        assert_eq!(p.answers.get_id(&id).map(Answer::value), Some(value), "{id}");
    }
    assert_eq!(p.answers.new_missing(), 0);
    // The finished quiz is brought up to date, not added again, and now scores repair.
    assert_eq!(p.history.len(), 1);
    assert_eq!(p.history[0].answers, p.answers);
    assert_eq!(p.history[0].date, Some(today()));
    assert!(p.history[0].results().areas[AreaId::Repair.index()].score.is_some());
    assert_eq!((&p.plan, &p.tracking), (&before.plan, &before.tracking), "the plan is untouched");
}

#[test]
fn skipping_a_new_statement_still_reaches_the_results() {
    let mut s = run(&State::new(opened(FINISHED), None, today()), &[Action::Back, Action::Start]);
    let mut steps = 0;
    while let Screen::Question(_) = s.screen() {
        steps += 1;
        assert!(steps <= 8, "each new statement is asked once");
        s = run(&s, &[Action::Next]);
    }
    assert_eq!(s.screen(), Screen::Results);
    assert_eq!(s.progress.answers.new_missing(), 8, "skipped, not made up");
}

#[test]
fn a_half_done_save_from_0_4_0_goes_on_where_the_visitor_stopped() {
    let fixture = parse(MIDWAY).unwrap();
    let p = opened(MIDWAY);
    assert_eq!(saved_answers(fixture.get("answers").unwrap()).len(), 20);
    for (id, value) in saved_answers(fixture.get("answers").unwrap()) {
        assert_eq!(p.answers.get_id(&id).map(Answer::value), Some(value), "{id}");
    }
    assert_eq!(p.screen, Screen::Question(position_of("affection-faded").unwrap()));
    assert!(!p.finished && !p.catching_up());
    // Going on, the rest of the quiz comes in order, the new statements among them.
    let s = run(&State::new(p, None, today()), &[Action::Next]);
    assert_eq!(s.screen(), Screen::Question(position_of("affection-faded").unwrap() + 1));
}

#[test]
fn an_old_partner_code_compares_the_areas_both_versions_share_and_says_so() {
    let codes = parse(include_str!("../../../tests/fixtures/bank-v1/codes.json")).unwrap();
    let mut mine = crate::core::answer::Answers::new();
    (0..QUESTION_COUNT).for_each(|q| mine.set(q, Answer::Agree));
    for key in ["answers_code", "scores_code"] {
        let code = codes.get(key).and_then(Json::as_str).unwrap();
        let view = crate::core::partner::code::decode(code).unwrap();
        assert!(view.is_older(), "{key}");
        let c = compare(&mine, &view);
        for pair in &c.areas {
            assert_eq!(pair.theirs.is_some(), pair.area != AreaId::Repair, "{key}: {:?}", pair.area);
        }
        assert!(!c.both_want_more.contains(&AreaId::Repair) && !c.strengths.contains(&AreaId::Repair));
    }
}

#[test]
fn a_statement_skipped_in_bank_1_is_not_asked_again_on_return() {
    // The same save, with one statement skipped then (in the answers and the finished quiz).
    let skipped_then = FINISHED.replace("\"safety-no-judging\": 3,", "");
    let p = opened(&skipped_then);
    let skipped = position_of("safety-no-judging").unwrap();
    assert_eq!(p.answers.get(skipped), None);
    assert_eq!(p.answers.new_missing(), 8, "the intro counts only the new statements");
    let mut s = run(&State::new(p, None, today()), &[Action::ShowResults, Action::Start]);
    let mut asked = Vec::new();
    while let Screen::Question(q) = s.screen() {
        asked.push(q);
        s = run(&s, &[Action::Choose { question: q, answer: Answer::Disagree }, Action::Next]);
    }
    assert_eq!(asked, new_positions());
    assert_eq!(s.screen(), Screen::Results);
    assert_eq!(s.progress.answers.get(skipped), None, "still skipped, as the visitor chose");
}
