//! The reducer and the plan over the days: a new day, starting again from today, syncing a
//! plan that was started again elsewhere, and the retake at the end of the plan.

use super::*;
use crate::core::answer::Answer;
use crate::core::plan::today::{at_end, last_day, missed_days, offers_restart};

fn made_on() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

fn run(state: &State, actions: &[Action]) -> State {
    actions.iter().fold(state.clone(), |s, a| s.reduce(a.clone()).unwrap_or(s))
}

fn finish(state: &State, answer: Answer) -> State {
    let mut s = run(state, &[Action::Start]);
    while let Screen::Question(q) = s.screen() {
        s = run(&s, &[Action::Choose { question: q, answer }, Action::Next]);
    }
    s
}

/// A 4-week plan made on `made_on()`, with everything on its first two days ticked.
fn with_plan() -> State {
    let s = finish(&State::new(Progress::default(), None, made_on()), Answer::Disagree);
    let mut s = run(&s, &[Action::SetWeeks(4), Action::MakePlan]);
    let plan = s.progress.plan.clone().unwrap();
    for (w, a, d) in plan.occurrences().filter(|&(w, _, d)| w == 0 && d < 2) {
        s = run(&s, &[Action::Tick { week: w, activity: a.to_string(), day: d, done: true }]);
    }
    run(&s, &[Action::Note { week: 0, text: "We laughed.".into() }])
}

fn on_day(state: &State, days: i64) -> State {
    state.reduce(Action::Today(made_on().add_days(days))).unwrap()
}

#[test]
fn a_new_day_changes_today_and_the_same_day_changes_nothing() {
    let s = with_plan();
    assert_eq!(s.reduce(Action::Today(made_on())), None);
    let later = on_day(&s, 1);
    assert_eq!(later.today, made_on().add_days(1));
    let (_, effects) = s.step(Action::Today(made_on().add_days(1)));
    assert!(!effects.contains(&Effect::Focus), "a new day never moves focus");
}

#[test]
fn starting_again_from_today_asks_first_and_keeps_every_tick_and_note() {
    let s = on_day(&with_plan(), 10);
    let plan = s.progress.plan.clone().unwrap();
    assert!(offers_restart(&plan, &s.progress.tracking, s.today));
    assert_eq!(s.reduce(Action::ConfirmRestartPlanFromToday), None, "never without asking");

    let asked = s.reduce(Action::AskRestartPlanFromToday).unwrap();
    assert!(asked.confirming_plan_restart);
    let kept = asked.reduce(Action::CancelRestartPlanFromToday).unwrap();
    assert_eq!(kept.progress, s.progress, "keeping the dates changes nothing");

    let moved = asked.reduce(Action::ConfirmRestartPlanFromToday).unwrap();
    assert!(!moved.confirming_plan_restart);
    let after = moved.progress.plan.as_ref().unwrap();
    assert!(after.same_activities(&plan));
    assert_eq!(moved.progress.tracking, s.progress.tracking, "every tick and note is kept");
    assert_eq!(after.date_of(0, 2), s.today, "the first day with nothing done is today");
    assert_eq!(after.date_of(0, 1), plan.date_of(0, 1), "done days keep their dates");
    assert_eq!(last_day(after), last_day(&plan).add_days(8));
    assert_eq!(missed_days(after, &moved.progress.tracking, moved.today), 0);
    assert_eq!(moved.reduce(Action::AskRestartPlanFromToday), None, "nothing left to move");
}

#[test]
fn nothing_to_start_again_on_the_first_days() {
    let s = on_day(&with_plan(), 2);
    assert_eq!(s.reduce(Action::AskRestartPlanFromToday), None);
    let no_plan = State::new(Progress::default(), None, made_on());
    assert_eq!(no_plan.reduce(Action::AskRestartPlanFromToday), None);
}

#[test]
fn a_plan_started_again_in_another_tab_keeps_the_ticks_of_both() {
    let here = on_day(&with_plan(), 10);
    let there = run(&here, &[Action::AskRestartPlanFromToday, Action::ConfirmRestartPlanFromToday]);
    let plan = there.progress.plan.clone().unwrap();
    // Here, before hearing of it, one more tick.
    let (w, a, d) = plan.occurrences().find(|&(w, _, d)| w == 1 && d == 0).unwrap();
    let here = run(&here, &[Action::Tick { week: w, activity: a.to_string(), day: d, done: true }]);
    let merged = here.reduce(Action::Sync(Box::new(there.progress.clone()))).unwrap();
    assert_eq!(merged.progress.plan.as_ref().unwrap().resumed, plan.resumed, "the later start wins");
    assert!(merged.progress.tracking.is_done(w, a, d), "the tick made here is kept");
    assert_eq!(merged.progress.tracking.done.len(), there.progress.tracking.done.len() + 1);
    // And the other way round, an older save does not undo the new dates.
    let back = there.reduce(Action::Sync(Box::new(here.progress.clone()))).unwrap();
    assert_eq!(back.progress.plan.as_ref().unwrap().resumed, plan.resumed);
    assert!(back.progress.tracking.is_done(w, a, d));
}

#[test]
fn a_retake_after_the_plan_ends_shows_before_and_now() {
    let s = with_plan();
    let end = last_day(s.progress.plan.as_ref().unwrap());
    let s = s.reduce(Action::Today(end)).unwrap();
    assert!(at_end(s.progress.plan.as_ref().unwrap(), s.today));
    let s = run(&s, &[Action::ShowPlan, Action::Retake]);
    let s = finish(&s, Answer::Agree);
    assert_eq!(s.screen(), Screen::Compare);
    assert_eq!(s.progress.history.len(), 2);
    let (before, _, _) = s.comparison().unwrap();
    assert_eq!(before, 0);
    // Changing answers and finishing again is not a retake: back to the results.
    let s = run(&s, &[Action::ShowResults, Action::ChangeAnswers]);
    let s = finish(&s, Answer::Agree);
    assert_eq!(s.screen(), Screen::Results);
}

#[test]
fn a_retake_before_the_plan_ends_shows_the_results() {
    let s = on_day(&with_plan(), 5);
    let s = finish(&run(&s, &[Action::Retake]), Answer::Agree);
    assert_eq!(s.screen(), Screen::Results);
}
