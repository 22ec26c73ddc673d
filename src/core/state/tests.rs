//! The reducer, action by action and along the paths a visitor takes.

use super::*;
use crate::core::saved::{Loaded, Opened};
use crate::core::locked::LockedEnvelope;
use crate::core::partner::code::CodeProblem;
use crate::core::plan::generate::PlanProblem;
use crate::core::settings::StartAt;
use crate::core::answer::Answer;
use crate::core::bank::{is_check, ASKED};
use crate::core::plan::activity::Kind;
use crate::core::plan::choices::Partner;
use crate::core::date::Date;

fn today() -> Date {
    Date::new(2026, 11, 25).unwrap()
}

fn fresh() -> State {
    State::new(Progress::default(), None, today())
}

fn run(state: &State, actions: &[Action]) -> State {
    run_fx(state, actions).0
}

/// The state after `actions`, and every effect they asked for, in order.
fn run_fx(state: &State, actions: &[Action]) -> (State, Vec<Effect>) {
    let mut fx = Vec::new();
    let s = actions.iter().fold(state.clone(), |s, a| {
        let (next, effects) = s.step(a.clone());
        fx.extend(effects);
        next.unwrap_or(s)
    });
    (s, fx)
}

/// The host events among `effects`.
fn announced(effects: &[Effect]) -> Vec<HostEvent> {
    effects.iter().filter_map(|e| if let Effect::Announce(h) = e { Some(*h) } else { None }).collect()
}

fn opened(progress: Progress) -> Box<Opened> {
    Box::new(Opened { progress, ..Opened::default() })
}

/// Answers every question with `pick(position)` and finishes.
/// Answers every statement with `pick`, and the safety check with "Strongly disagree".
fn finish(state: &State, pick: impl Fn(usize) -> Answer) -> State {
    finish_all(state, |q| if is_check(q) { Answer::StronglyDisagree } else { pick(q) })
}

/// Answers every statement of the quiz, the safety check too, with `pick`.
fn finish_all(state: &State, pick: impl Fn(usize) -> Answer) -> State {
    let mut s = run(state, &[Action::Start]);
    while let Screen::Question(q) = s.screen() {
        s = run(&s, &[Action::Choose { question: q, answer: pick(q) }, Action::Next]);
    }
    s
}

#[test]
fn starts_on_the_intro_with_nothing_chosen() {
    let s = fresh();
    assert_eq!(s.screen(), Screen::Intro);
    assert!(s.answers().is_empty());
    let s = run(&s, &[Action::Start]);
    assert_eq!(s.screen(), Screen::Question(0));
    assert_eq!(s.answers().get(0), None, "nothing is pre-selected");
}

#[test]
fn answer_next_back_and_change() {
    let s = run(
        &fresh(),
        &[Action::Start, Action::Choose { question: 0, answer: Answer::Agree }, Action::Next, Action::Back],
    );
    assert_eq!(s.screen(), Screen::Question(0));
    assert_eq!(s.answers().get(0), Some(Answer::Agree));
    let s = run(&s, &[Action::Choose { question: 0, answer: Answer::Disagree }]);
    assert_eq!(s.answers().get(0), Some(Answer::Disagree));
    let s = run(&s, &[Action::Back]);
    assert_eq!(s.screen(), Screen::Intro);
    assert_eq!(s.reduce(Action::Back), None, "nothing before the intro");
}

#[test]
fn next_without_an_answer_skips() {
    let s = run(&fresh(), &[Action::Start, Action::Next]);
    assert_eq!(s.screen(), Screen::Question(1));
    assert!(s.answers().is_empty());
}

#[test]
fn the_last_question_leads_to_results_and_records_them_with_the_date() {
    let s = finish(&fresh(), |_| Answer::Agree);
    assert_eq!(s.screen(), Screen::Results);
    assert!(s.progress.finished);
    assert_eq!(s.answers().len(), ASKED);
    assert_eq!(s.progress.history.len(), 1);
    assert_eq!(s.progress.history[0].date, Some(today()));
    assert_eq!(s.reduce(Action::Next), None);
    let back = run(&s, &[Action::Back]);
    assert_eq!(back.screen(), Screen::Question(ASKED - 1), "the safety check is asked last");
    let change = run(&s, &[Action::ChangeAnswers]);
    assert_eq!(change.screen(), Screen::Question(0));
    assert_eq!(change.answers().len(), ASKED);
}

#[test]
fn changing_answers_and_finishing_again_updates_the_same_result() {
    let s = finish(&fresh(), |_| Answer::Agree);
    let s = run(&s, &[Action::ChangeAnswers, Action::Choose { question: 0, answer: Answer::Disagree }]);
    let s = finish(&s, |q| s.answers().get(q).unwrap());
    assert_eq!(s.progress.history.len(), 1);
    assert_eq!(s.progress.history[0].answers.get(0), Some(Answer::Disagree));
}

#[test]
fn start_resumes_at_the_first_unanswered_question_or_the_results() {
    let mut p = Progress::default();
    p.answers.set(0, Answer::Agree);
    p.answers.set(1, Answer::Agree);
    let s = run(&State::new(p.clone(), None, today()), &[Action::Start]);
    assert_eq!(s.screen(), Screen::Question(2));
    p.finished = true;
    let s = run(&State::new(p, None, today()), &[Action::Start]);
    assert_eq!(s.screen(), Screen::Results);
}

#[test]
fn restart_needs_confirmation_and_clears_everything() {
    let s = finish(&fresh(), |_| Answer::Agree);
    let s = run(&s, &[Action::MakePlan]);
    assert!(s.progress.plan.is_some());
    assert_eq!(s.reduce(Action::ConfirmRestart), None, "no restart without asking");
    let asked = run(&s, &[Action::AskRestart]);
    assert!(asked.confirming_restart);
    let kept = run(&asked, &[Action::CancelRestart]);
    assert_eq!(kept.progress, s.progress);
    let cleared = run(&asked, &[Action::ConfirmRestart]);
    assert_eq!(cleared.progress, Progress { round: 1, ..Progress::default() });
}

#[test]
fn notices_show_until_dismissed_and_survive_a_restart() {
    let s = run(&fresh(), &[Action::Notify(Notice::NotSaving), Action::AskRestart, Action::ConfirmRestart]);
    assert_eq!(s.notice, Some(Notice::NotSaving));
    let s = run(&s, &[Action::DismissNotice]);
    assert_eq!(s.notice, None);
}

#[test]
fn out_of_range_and_repeated_choices_change_nothing() {
    let s = fresh();
    assert_eq!(s.reduce(Action::Choose { question: ASKED, answer: Answer::Agree }), None);
    let s = run(&s, &[Action::Choose { question: 3, answer: Answer::Agree }]);
    assert_eq!(s.reduce(Action::Choose { question: 3, answer: Answer::Agree }), None);
}

#[test]
fn plan_form_choices_are_kept_and_odd_values_normalised() {
    let s = finish(&fresh(), |_| Answer::Disagree);
    let s = run(
        &s,
        &[
            Action::SetWeeks(8),
            Action::SetMinutes(5),
            Action::SetKind { kind: Kind::Touch, open: false },
            Action::SetPartner(Partner::Alone),
        ],
    );
    let c = &s.progress.choices;
    assert_eq!((c.weeks, c.minutes_per_day, c.partner), (8, 5, Partner::Alone));
    assert!(!c.kinds.contains(&Kind::Touch));
    let s = run(&s, &[Action::SetWeeks(3)]);
    assert_eq!(s.progress.choices.weeks, 4);
}

#[test]
fn making_a_plan_opens_it_and_starts_today() {
    let s = run(&finish(&fresh(), |_| Answer::Disagree), &[Action::MakePlan]);
    assert_eq!(s.screen(), Screen::Plan);
    let plan = s.progress.plan.as_ref().unwrap();
    assert_eq!(plan.start, today());
    assert_eq!(plan.weeks.len(), usize::from(s.progress.choices.weeks));
    assert!(s.plan_message.is_none());
}

#[test]
fn a_plan_that_cannot_be_made_says_why_and_changes_nothing_else() {
    let mut s = finish(&fresh(), |_| Answer::Disagree);
    for kind in Kind::ALL {
        s = run(&s, &[Action::SetKind { kind, open: false }]);
    }
    let s = run(&s, &[Action::MakePlan]);
    assert_eq!(s.plan_message, Some(PlanMessage::Problem(PlanProblem::NothingAllowed)));
    assert_eq!(s.screen(), Screen::Results);
    assert!(s.progress.plan.is_none());
    let s = run(&s, &[Action::SetKind { kind: Kind::Talking, open: true }]);
    assert_eq!(s.plan_message, None, "changing a choice clears the message");
}

#[test]
fn ticks_and_notes_only_for_what_is_planned() {
    let s = run(&finish(&fresh(), |_| Answer::Disagree), &[Action::MakePlan]);
    let plan = s.progress.plan.clone().unwrap();
    let item = &plan.weeks[0].items[0];
    let day = item.days[0];
    let s = run(&s, &[Action::Tick { week: 0, activity: item.activity.clone(), day, done: true }]);
    assert!(s.progress.tracking.is_done(0, &item.activity, day));
    assert_eq!(s.reduce(Action::Tick { week: 0, activity: "nope".into(), day, done: true }), None);
    assert_eq!(s.reduce(Action::Tick { week: 99, activity: item.activity.clone(), day, done: true }), None);
    let s = run(&s, &[Action::Note { week: 0, text: "We talked more.".into() }]);
    assert_eq!(s.progress.tracking.note(0), "We talked more.");
    assert_eq!(s.reduce(Action::Note { week: 99, text: "x".into() }), None);
}

#[test]
fn a_different_plan_is_valid_and_keeps_the_notes() {
    let s = run(&finish(&fresh(), |_| Answer::Disagree), &[Action::MakePlan]);
    let first = s.progress.plan.clone().unwrap();
    let item = &first.weeks[0].items[0];
    let s = run(
        &s,
        &[
            Action::Tick { week: 0, activity: item.activity.clone(), day: item.days[0], done: true },
            Action::Note { week: 0, text: "A note".into() },
            Action::DifferentPlan,
        ],
    );
    assert!(s.confirming_different, "ticks would go, so it asks first");
    assert_eq!(s.progress.plan.as_ref(), Some(&first));
    let kept = run(&s, &[Action::CancelDifferentPlan]);
    assert_eq!(kept.progress.plan.as_ref(), Some(&first));
    assert_eq!(kept.progress.tracking.done.len(), 1);
    let s = run(&s, &[Action::ConfirmDifferentPlan]);
    let second = s.progress.plan.clone().unwrap();
    assert_ne!(first.weeks, second.weeks);
    assert_ne!(first.seed, second.seed);
    assert_eq!(first.choices, second.choices);
    assert!(s.progress.tracking.done.is_empty());
    assert_eq!(s.progress.tracking.note(0), "A note");
}

#[test]
fn retake_keeps_plan_and_history_then_compare_shows_before_and_now() {
    let s = run(&finish(&fresh(), |_| Answer::Disagree), &[Action::MakePlan]);
    let s = run(&s, &[Action::Retake]);
    assert_eq!(s.screen(), Screen::Question(0));
    assert!(s.answers().is_empty());
    assert!(s.progress.plan.is_some());
    assert_eq!(s.progress.history.len(), 1);
    let s = finish(&s, |_| Answer::Agree);
    assert_eq!(s.progress.history.len(), 2);
    let (before, old, new) = s.comparison().unwrap();
    assert_eq!(before, 0);
    assert_eq!(old.answers.get(0), Some(Answer::Disagree));
    assert_eq!(new.answers.get(0), Some(Answer::Agree));
    let s = run(&s, &[Action::Compare(0)]);
    assert_eq!(s.screen(), Screen::Compare);
    assert_eq!(s.reduce(Action::Compare(1)), None, "the latest cannot be compared with itself");
    let s = run(&s, &[Action::Back]);
    assert_eq!(s.screen(), Screen::Results);
    let s = run(&s, &[Action::ShowPlan]);
    assert_eq!(s.screen(), Screen::Plan);
}

#[test]
fn navigation_needs_something_to_show() {
    let s = fresh();
    assert_eq!(s.reduce(Action::ShowPlan), None);
    assert_eq!(s.reduce(Action::ShowResults), None);
    assert_eq!(s.reduce(Action::Compare(0)), None);
    assert!(s.comparison().is_none());
}


#[test]
fn sync_joins_answers_from_both_tabs() {
    let mut here = run(&fresh(), &[Action::Start, Action::Choose { question: 0, answer: Answer::Agree }]);
    here = run(&here, &[Action::Next, Action::Choose { question: 1, answer: Answer::Agree }]);
    let mut there = Progress::default();
    there.answers.set(1, Answer::Disagree); // answered later in the other tab
    there.answers.set(5, Answer::StronglyAgree);
    let s = run(&here, &[Action::Sync(Box::new(there))]);
    assert_eq!(s.answers().get(0), Some(Answer::Agree), "only answered here: kept");
    assert_eq!(s.answers().get(1), Some(Answer::Disagree), "the newer save wins");
    assert_eq!(s.answers().get(5), Some(Answer::StronglyAgree), "only answered there: taken");
    assert_eq!(s.screen(), Screen::Question(1), "the visitor stays where they are");
}

#[test]
fn sync_with_nothing_new_changes_nothing() {
    let s = finish(&fresh(), |_| Answer::Agree);
    assert_eq!(s.reduce(Action::Sync(Box::new(s.progress.clone()))), None);
}

#[test]
fn a_deliberate_clear_elsewhere_wins_and_an_older_save_is_ignored() {
    let s = finish(&fresh(), |_| Answer::Agree);
    let mut cleared = Progress { round: 1, ..Progress::default() };
    cleared.answers.set(2, Answer::Disagree);
    let after = run(&s, &[Action::Sync(Box::new(cleared.clone()))]);
    assert_eq!(after.answers().len(), 1);
    assert_eq!(after.progress.round, 1);
    assert_eq!(after.screen(), Screen::Intro, "the results are gone, so the intro shows");
    let older = Progress::default();
    assert_eq!(after.reduce(Action::Sync(Box::new(older))), None);
}

#[test]
fn sync_joins_ticks_and_notes_on_the_same_plan_and_takes_a_newer_plan() {
    let s = run(&finish(&fresh(), |_| Answer::Disagree), &[Action::MakePlan]);
    let plan = s.progress.plan.clone().unwrap();
    let a = &plan.weeks[0].items[0];
    let b = &plan.weeks[0].items[1];
    let here = run(&s, &[Action::Tick { week: 0, activity: a.activity.clone(), day: a.days[0], done: true }]);
    let there = run(
        &s,
        &[
            Action::Tick { week: 0, activity: b.activity.clone(), day: b.days[0], done: true },
            Action::Note { week: 1, text: "from the other tab".into() },
        ],
    );
    let merged = run(&here, &[Action::Sync(Box::new(there.progress.clone()))]);
    assert_eq!(merged.progress.tracking.done.len(), 2);
    assert_eq!(merged.progress.tracking.note(1), "from the other tab");

    let newer = run(&there, &[Action::DifferentPlan, Action::ConfirmDifferentPlan]);
    let merged = run(&here, &[Action::Sync(Box::new(newer.progress.clone()))]);
    assert_eq!(merged.progress.plan, newer.progress.plan);
    assert!(merged.progress.tracking.done.is_empty());
}

#[test]
fn retake_starts_a_new_round() {
    let s = run(&finish(&fresh(), |_| Answer::Agree), &[Action::Retake]);
    assert_eq!(s.progress.round, 1);
}

#[test]
fn finishing_and_making_a_plan_announce_events_without_data() {
    let mut actions = vec![Action::Start];
    for q in 0..ASKED {
        actions.extend([Action::Choose { question: q, answer: Answer::Agree }, Action::Next]);
    }
    let (s, fx) = run_fx(&fresh(), &actions);
    assert_eq!(announced(&fx), [HostEvent::QuizCompleted]);
    let (s, fx) = run_fx(&s, &[Action::MakePlan]);
    assert_eq!(announced(&fx), [HostEvent::PlanCreated]);
    let (s, fx) = run_fx(&s, &[Action::ShowResults, Action::ChangeAnswers]);
    assert_eq!(announced(&fx), [], "moving around announces nothing");
    let (_, fx) = run_fx(&fresh(), &[Action::Sync(Box::new(s.progress.clone()))]);
    assert_eq!(announced(&fx), [], "another tab's progress is not this widget's event");
}

#[test]
fn a_private_session_never_saves_and_says_so() {
    let s = run(&fresh(), &[Action::StartPrivate]);
    assert!(s.private);
    assert!(!s.may_save());
    assert_eq!(s.notice, Some(Notice::Private));
    assert_eq!(s.screen(), Screen::Question(0));
}

#[test]
fn delete_everything_asks_first_then_clears_and_counts() {
    let s = run(&finish(&fresh(), |_| Answer::Agree), &[Action::MakePlan]);
    assert_eq!(s.reduce(Action::ConfirmDelete), None);
    let asked = run(&s, &[Action::AskDelete]);
    let kept = run(&asked, &[Action::CancelDelete]);
    assert_eq!(kept.progress, s.progress);
    let (gone, fx) = run_fx(&asked, &[Action::ConfirmDelete]);
    assert!(gone.answers().is_empty() && gone.progress.plan.is_none() && gone.progress.history.is_empty());
    assert_eq!(fx.iter().filter(|e| **e == Effect::DeleteAll).count(), 1, "deleted once");
    assert_eq!(fx.first(), Some(&Effect::DeleteAll), "deleted before anything else is written");
    assert_eq!(gone.privacy_message, Some(PrivacyMessage::Deleted));
    assert_eq!(gone.screen(), Screen::Intro);
    assert_eq!(gone.lock, Lock::Off);
}

#[test]
fn a_locked_save_waits_for_the_passphrase_and_is_never_overwritten_meanwhile() {
    let s = run(&fresh(), &[Action::NeedPassphrase]);
    assert_eq!(s.lock, Lock::NeedsPassphrase);
    assert!(!s.may_save());
    let other = finish(&fresh(), |_| Answer::Agree).progress;
    assert_eq!(s.reduce(Action::Sync(Box::new(other.clone()))), None, "nothing shows before unlocking");
    let s = run(&s, &[Action::Privacy(PrivacyMessage::WrongPassphrase)]);
    assert_eq!(s.privacy_message, Some(PrivacyMessage::WrongPassphrase));
    assert_eq!(s.lock, Lock::NeedsPassphrase, "a wrong passphrase destroys nothing");
    let s = run(&s, &[Action::Unlocked(opened(other.clone()))]);
    assert_eq!(s.lock, Lock::On);
    assert_eq!(s.progress, other);
    assert!(s.may_save());
    let s = run(&s, &[Action::LockRemoved]);
    assert_eq!(s.lock, Lock::Off);
}

#[test]
fn the_lock_checks_the_passphrase_then_asks_the_shell_and_waits_for_its_answer() {
    let s = finish(&fresh(), |_| Answer::Agree);
    let lock = |p: &str, again: &str| Action::Lock { passphrase: p.into(), again: again.into() };
    // A passphrase the core refuses never reaches the shell.
    let (short, fx) = run_fx(&s, &[lock("short", "short")]);
    assert_eq!((short.privacy_message, short.locking), (Some(PrivacyMessage::TooShort), false));
    assert!(!fx.iter().any(|e| matches!(e, Effect::Lock(_))));
    let (typo, _) = run_fx(&s, &[lock("blue harbour", "blue harbor")]);
    assert_eq!(typo.privacy_message, Some(PrivacyMessage::Mismatch));
    // A good one: the shell is asked to lock, and the button waits.
    let (asked, fx) = run_fx(&s, &[lock("blue harbour", "blue harbour")]);
    assert_eq!(fx, [Effect::Lock("blue harbour".into())], "nothing is saved before the lock is on");
    assert!(asked.locking);
    assert_eq!(asked.lock, Lock::Off);
    assert_eq!(asked.reduce(lock("blue harbour", "blue harbour")), None, "one lock at a time");
    // The shell's answer: locked, so the next write is encrypted.
    let (on, fx) = run_fx(&asked, &[Action::LockedNow]);
    assert_eq!((on.lock, on.locking, on.privacy_message), (Lock::On, false, Some(PrivacyMessage::LockOn)));
    assert!(fx.contains(&Effect::Save));
    // Or: this browser cannot encrypt. Nothing changes but the message.
    let none = run(&asked, &[Action::Privacy(PrivacyMessage::NoCrypto)]);
    assert_eq!((none.lock, none.locking, none.privacy_message), (Lock::Off, false, Some(PrivacyMessage::NoCrypto)));
    assert_eq!(none.progress, s.progress);
    // Removing the lock: asked of the shell, which answers LockRemoved.
    assert_eq!(s.reduce(Action::RemoveLock), None, "nothing to remove");
    let (_, fx) = run_fx(&on, &[Action::RemoveLock]);
    assert_eq!(fx, [Effect::RemoveLock]);
    let off = run(&on, &[Action::LockRemoved]);
    assert_eq!(off.lock, Lock::Off);
    // A private session or read-only data is never locked.
    let private = run(&fresh(), &[Action::StartPrivate]);
    assert_eq!(private.reduce(lock("blue harbour", "blue harbour")), None);
}

#[test]
fn unlocking_asks_the_shell_and_a_wrong_passphrase_changes_nothing() {
    let locked = run(&fresh(), &[Action::NeedPassphrase]);
    assert_eq!(fresh().reduce(Action::EnterPassphrase("x".into())), None, "nothing is locked");
    let (asked, fx) = run_fx(&locked, &[Action::EnterPassphrase("blue harbour".into())]);
    assert_eq!(fx, [Effect::Unlock("blue harbour".into())]);
    assert!(asked.locking);
    let wrong = run(&asked, &[Action::Privacy(PrivacyMessage::WrongPassphrase)]);
    assert_eq!((wrong.lock, wrong.locking), (Lock::NeedsPassphrase, false));
    assert_eq!(wrong.progress, locked.progress);
    let other = finish(&fresh(), |_| Answer::Agree).progress;
    let open = run(&asked, &[Action::Unlocked(opened(other.clone()))]);
    assert_eq!((open.lock, open.locking, open.progress), (Lock::On, false, other));
}

#[test]
fn files_print_and_copies_are_effects_the_shell_answers() {
    let s = finish(&fresh(), |_| Answer::Agree);
    assert_eq!(s.reduce(Action::Print), None, "no plan, nothing to print");
    let (planned, _) = run_fx(&s, &[Action::MakePlan]);
    for (action, effect) in [
        (Action::Download(Export::Markdown), Effect::Download(Export::Markdown)),
        (Action::Download(Export::Calendar), Effect::Download(Export::Calendar)),
        (Action::Print, Effect::Print),
    ] {
        let (_, fx) = run_fx(&planned, &[action]);
        assert_eq!(fx, [effect]);
    }
    // Copying the code: asked of the shell, answered, forgotten on a new choice.
    let (asked, fx) = run_fx(&s, &[Action::ShowPartner, Action::ShareAnswers(true), Action::Copy { link: true }]);
    assert!(fx.contains(&Effect::Copy { link: true }));
    assert!(asked.share_answers);
    let done = run(&asked, &[Action::Copied(true)]);
    assert_eq!(done.copied, Some(true));
    assert_eq!(run(&done, &[Action::ShareAnswers(false)]).copied, None);
    assert_eq!(run(&asked, &[Action::Copied(false)]).copied, Some(false));
}

#[test]
fn the_qr_code_is_asked_for_when_your_code_opens_and_redrawn_for_a_new_choice() {
    use crate::core::state::{Qr, QrImage};
    let image = |answers| QrImage { answers, size: 33, path: "M4 4h1v1h-1z".into() };
    let s = finish(&fresh(), |_| Answer::Agree);
    let (open, fx) = run_fx(&s, &[Action::ShowPartner]);
    assert!(fx.contains(&Effect::DrawQr { answers: false }), "asked for when the screen opens: {fx:?}");
    assert_eq!(open.qr, Qr::Drawing { answers: false });
    let drawn = run(&open, &[Action::QrDrawn(Some(image(false)))]);
    assert_eq!(drawn.qr.shown(false), Some(&image(false)));
    // Choosing to share every answer: a new picture, and the old one is not shown meanwhile.
    let (both, fx) = run_fx(&drawn, &[Action::ShareAnswers(true)]);
    assert!(fx.contains(&Effect::DrawQr { answers: true }), "{fx:?}");
    assert_eq!(both.qr.shown(true), None);
    assert_eq!(both.reduce(Action::QrDrawn(Some(image(false)))), None, "a late picture of the old code is dropped");
    assert_eq!(run(&both, &[Action::QrDrawn(Some(image(true)))]).qr.shown(true), Some(&image(true)));
    // The encoder could not load: a kind line, and the code still works.
    let failed = run(&open, &[Action::QrDrawn(None)]);
    assert_eq!(failed.qr, Qr::Failed);
    assert!(failed.own_code(false).is_some());
    let (_, fx) = run_fx(&failed, &[Action::Copy { link: true }]);
    assert!(fx.contains(&Effect::Copy { link: true }), "{fx:?}");
    // Opening the screen again draws afresh: the answers may have changed meanwhile.
    let (_, fx) = run_fx(&drawn, &[Action::ShowResults, Action::ShowPartner]);
    assert!(fx.contains(&Effect::DrawQr { answers: false }), "{fx:?}");
    // Elsewhere than on "Your code", a new choice asks for nothing.
    let (_, fx) = run_fx(&s, &[Action::ShareAnswers(true)]);
    assert!(!fx.iter().any(|e| matches!(e, Effect::DrawQr { .. })), "{fx:?}");
    assert_eq!(s.reduce(Action::QrDrawn(None)), None, "nothing was asked for");
}

#[test]
fn reminder_choices_are_kept_and_saved() {
    use crate::core::plan::reminder::Reminder;
    let s = finish(&fresh(), |_| Answer::Agree);
    assert_eq!(s.progress.reminder, Reminder::default(), "off by default");
    let (timed, fx) = run_fx(&s, &[Action::ReminderTime("19:30".into())]);
    assert_eq!(timed.progress.reminder.at, Some(19 * 60 + 30));
    assert!(fx.contains(&Effect::Save));
    let set = run(&timed, &[Action::ReminderBefore(15), Action::ReminderNamed(true)]);
    assert_eq!(set.progress.reminder, Reminder { at: Some(1170), before: 15, named: true });
    assert_eq!(run(&set, &[Action::ReminderBefore(7)]).progress.reminder.before, 0, "an unknown lead time");
    assert_eq!(run(&set, &[Action::ReminderTime(String::new())]).progress.reminder.at, None, "emptied: no reminders");
    assert_eq!(run(&set, &[Action::ReminderTime("25:00".into())]).progress.reminder.at, None);
    // Another tab's choice is taken in.
    let mut other = s.progress.clone();
    other.merge_from(&set.progress);
    assert_eq!(other.reminder, set.progress.reminder);
}

#[test]
fn the_page_for_a_counsellor_needs_finished_answers_and_keeps_safety_answers_out_unless_ticked() {
    assert_eq!(fresh().reduce(Action::Download(Export::Counsellor)), None, "nothing answered yet");
    let s = finish(&fresh(), |_| Answer::Agree);
    let (_, fx) = run_fx(&s, &[Action::Download(Export::Counsellor)]);
    assert_eq!(fx, [Effect::Download(Export::Counsellor)], "no plan needed");
    assert!(!s.counsellor_safety, "left out by default");
    let (ticked, fx) = run_fx(&s, &[Action::CounsellorSafety(true)]);
    assert!(ticked.counsellor_safety);
    assert_eq!(ticked.progress, s.progress, "a choice for this download, never saved");
    assert!(!fx.contains(&Effect::Save));
    assert_eq!(fresh().reduce(Action::PrintAnswers), None);
    let (printing, fx) = run_fx(&s, &[Action::PrintAnswers]);
    assert_eq!(fx, [Effect::Print], "printing the answers needs no plan");
    assert!(printing.printing_answers, "the results now print as the page");
    assert!(!run(&printing, &[Action::ShowPartner]).printing_answers, "until the visitor leaves them");
}

#[test]
fn quick_exit_announces_and_then_nothing_changes() {
    let (s, fx) = run_fx(&run(&fresh(), &[Action::Start]), &[Action::QuickExit]);
    assert!(s.exited);
    assert_eq!(fx, [Effect::Announce(HostEvent::Exit), Effect::Exit], "announced, then gone");
    assert!(!s.may_save());
    assert_eq!(s.reduce(Action::Next), None);
}

#[test]
fn storage_coming_back_clears_only_the_not_saving_notice() {
    let failing = Action::Saved(Err(StorageError::WriteFailed));
    let s = run(&fresh(), &[failing.clone()]);
    assert_eq!((s.notice, s.failing), (Some(Notice::NotSaving), true));
    let s = run(&s, &[Action::Saved(Ok(()))]);
    assert_eq!((s.notice, s.failing), (None, false));
    let s = run(&fresh(), &[Action::Notify(Notice::Salvaged), failing]);
    assert_eq!(s.notice, Some(Notice::Salvaged), "a notice already showing stays");
    let back = run(&s, &[Action::Saved(Ok(()))]);
    assert_eq!((back.notice, back.failing), (Some(Notice::Salvaged), false));
    assert_eq!(fresh().reduce(Action::Saved(Ok(()))), None, "a save that works changes nothing");
}

#[test]
fn opening_the_same_results_again_keeps_their_date() {
    let mut s = finish(&fresh(), |_| Answer::Agree);
    s.today = Date::new(2026, 12, 24).unwrap();
    let s = run(&s, &[Action::Back, Action::Back]);
    let s = run(&State { progress: Progress { screen: Screen::Intro, ..s.progress.clone() }, ..s }, &[Action::Start]);
    assert_eq!(s.screen(), Screen::Results);
    assert_eq!(s.progress.history.len(), 1);
    assert_eq!(s.progress.history[0].date, Some(today()), "still the day it was finished");
}

#[test]
fn a_different_plan_without_ticks_does_not_ask() {
    let s = run(&finish(&fresh(), |_| Answer::Disagree), &[Action::MakePlan]);
    let first = s.progress.plan.clone().unwrap();
    let s = run(&s, &[Action::DifferentPlan]);
    assert!(!s.confirming_different);
    assert_ne!(s.progress.plan.unwrap().weeks, first.weeks);
}

#[test]
fn focus_moves_only_after_the_visitor_s_own_actions() {
    let focus = |fx: &[Effect]| fx.iter().filter(|e| **e == Effect::Focus).count();
    let (s, fx) = run_fx(&fresh(), &[Action::Start]);
    assert_eq!(focus(&fx), 1);
    let (s, fx) = run_fx(&s, &[Action::Choose { question: 0, answer: Answer::Agree }]);
    assert_eq!(focus(&fx), 0, "same screen, no focus move");
    let (s, fx) = run_fx(&s, &[Action::Next]);
    assert_eq!(focus(&fx), 1);
    let (s, fx) = run_fx(&s, &[Action::DeletedElsewhere, Action::NeedPassphrase]);
    assert_ne!(s.screen(), Screen::Question(1));
    assert_eq!(focus(&fx), 0, "another tab's change never takes focus");
    let (_, fx) = run_fx(&s, &[Action::Unlocked(opened(Progress::default()))]);
    assert_eq!(focus(&fx), 1);
}

#[test]
fn newer_data_stays_read_only_even_after_the_notice_is_closed() {
    let s = State::new(Progress::default(), Some(Notice::Newer), today());
    assert!(s.read_only && !s.may_save());
    let s = run(&s, &[Action::DismissNotice, Action::Start, Action::Choose { question: 0, answer: Answer::Agree }]);
    assert!(!s.may_save());
}

#[test]
fn a_private_session_ignores_other_tabs_deleting_or_locking() {
    let s = run(&fresh(), &[Action::StartPrivate, Action::Choose { question: 0, answer: Answer::Agree }]);
    assert_eq!(s.reduce(Action::DeletedElsewhere), None);
    assert_eq!(s.reduce(Action::NeedPassphrase), None);
}

#[test]
fn lock_changes_from_other_widgets_and_tabs() {
    let s = run(&finish(&fresh(), |_| Answer::Agree), &[Action::LockShared(true)]);
    assert_eq!(s.lock, Lock::On);
    let s = run(&s, &[Action::LockShared(false)]);
    assert_eq!(s.lock, Lock::Off);
    // Waiting for a passphrase when another tab removes the lock: its readable data shows.
    let mut theirs = finish(&fresh(), |_| Answer::Disagree).progress;
    theirs.screen = Screen::Results;
    let waiting = run(&fresh(), &[Action::NeedPassphrase]);
    let s = run(&waiting, &[Action::LockRemovedElsewhere(Box::new(theirs.clone()))]);
    assert_eq!(s.lock, Lock::Off);
    assert_eq!(s.answers(), &theirs.answers);
    assert_eq!(s.screen(), Screen::Intro);
}

#[test]
fn the_first_state_comes_whole_from_what_was_opened() {
    let mut saved = finish(&fresh(), |_| Answer::Agree);
    saved = run(&saved, &[Action::MakePlan, Action::ShowResults]);
    let newer = Opened { notice: Some(Notice::Newer), read_only: true, ..Opened::default() };
    assert_eq!(State::opened(newer, StartAt::Quiz, today()), State::new(Progress::default(), Some(Notice::Newer), today()));
    let on_plan = State::opened(Opened { progress: saved.progress.clone(), ..Opened::default() }, StartAt::Plan, today());
    assert_eq!(on_plan.screen(), Screen::Plan, "start=plan opens the plan");
    let no_plan = State::opened(Opened::default(), StartAt::Plan, today());
    assert_eq!(no_plan.screen(), Screen::Intro, "no plan yet: the intro");
    let locked = State::opened(Opened { locked: true, ..Opened::default() }, StartAt::Quiz, today());
    assert_eq!(locked.lock, Lock::NeedsPassphrase);
    assert!(locked.first_effects().is_empty(), "locked data is never written over");
    assert_eq!(on_plan.first_effects(), [Effect::Save]);
    let damaged = Opened { read_only: true, notice: Some(Notice::NotSaving), ..Opened::default() };
    assert!(!State::opened(damaged, StartAt::Quiz, today()).may_save(), "no backup, no writing");
}

// News from storage: what other tabs, other widgets and host scripts do. Each rule that only
// end-to-end tests used to cover is here.

fn news(n: StorageNews) -> Action {
    Action::News(Box::new(n))
}

fn envelope() -> LockedEnvelope {
    LockedEnvelope { iterations: 600_000, salt: vec![0; 16], iv: vec![0; 12], ciphertext: vec![0; 16] }
}

#[test]
fn another_tab_s_save_is_merged_and_written_back() {
    let here = run(&fresh(), &[Action::Start, Action::Choose { question: 0, answer: Answer::Agree }]);
    let mut theirs = Progress::default();
    theirs.answers.set(5, Answer::Disagree);
    let (s, fx) = run_fx(&here, &[news(StorageNews::Saved(theirs.clone()))]);
    assert_eq!((s.answers().get(0), s.answers().get(5)), (Some(Answer::Agree), Some(Answer::Disagree)));
    assert_eq!(s.screen(), Screen::Question(0), "the visitor stays where they are");
    assert_eq!(fx, [Effect::Save]);
    let (_, fx) = run_fx(&here, &[news(StorageNews::Shared(theirs))]);
    assert_eq!(fx, [Effect::Save], "another widget on this page: the same");
}

#[test]
fn a_deliberate_clear_elsewhere_wins_and_an_older_round_is_ignored() {
    let here = finish(&fresh(), |_| Answer::Agree);
    let cleared_there = Progress { round: 1, ..Progress::default() };
    let s = run(&here, &[news(StorageNews::Saved(cleared_there))]);
    assert!(s.answers().is_empty() && s.progress.round == 1);
    let later = run(&fresh(), &[Action::Retake]);
    assert_eq!(later.reduce(news(StorageNews::Saved(Progress::default()))), None, "an older round changes nothing");
}

#[test]
fn the_lock_removed_in_another_tab_forgets_the_key_and_shows_their_answers() {
    let mut theirs = finish(&fresh(), |_| Answer::Disagree).progress;
    theirs.screen = Screen::Results;
    let waiting = run(&fresh(), &[Action::NeedPassphrase]);
    let (s, fx) = run_fx(&waiting, &[news(StorageNews::Saved(theirs.clone()))]);
    assert_eq!(s.lock, Lock::Off);
    assert_eq!(s.answers(), &theirs.answers);
    assert_eq!(fx.first(), Some(&Effect::ForgetKey));
    let unlocked_here = run(&finish(&fresh(), |_| Answer::Agree), &[Action::LockedNow]);
    let (s, fx) = run_fx(&unlocked_here, &[news(StorageNews::Saved(theirs))]);
    assert_eq!(s.lock, Lock::Off);
    assert_eq!(fx, [Effect::ForgetKey, Effect::Save], "written readable, as the other tab chose");
}

#[test]
fn locked_in_another_tab_asks_here_unless_this_page_holds_the_key() {
    let s = finish(&fresh(), |_| Answer::Agree);
    let (asked, fx) = run_fx(&s, &[news(StorageNews::Locked(envelope()))]);
    assert_eq!(asked.lock, Lock::NeedsPassphrase);
    assert!(asked.answers().is_empty(), "nothing shows until unlocked");
    assert!(fx.is_empty(), "and nothing is written over the lock");
    let holding = run(&s, &[Action::LockedNow]);
    let (same, fx) = run_fx(&holding, &[news(StorageNews::Locked(envelope()))]);
    assert_eq!(fx, [Effect::OpenLocked(envelope())], "read with the key this page holds");
    assert_eq!(same.lock, Lock::On);
    let (_, fx) = run_fx(&s, &[news(StorageNews::LockShared(true))]);
    assert_eq!(fx, [Effect::Save], "another widget here locked: save encrypted at once");
}

#[test]
fn deleted_elsewhere_forgets_the_key_and_starts_fresh() {
    let s = run(&finish(&fresh(), |_| Answer::Agree), &[Action::LockedNow]);
    let (gone, fx) = run_fx(&s, &[news(StorageNews::Removed)]);
    assert!(gone.answers().is_empty());
    assert_eq!(gone.lock, Lock::Off);
    assert_eq!(gone.privacy_message, Some(PrivacyMessage::Deleted));
    assert_eq!(fx.first(), Some(&Effect::ForgetKey));
}

#[test]
fn a_host_script_clearing_storage_gets_the_answers_put_back() {
    let s = finish(&fresh(), |_| Answer::Agree);
    let (same, fx) = run_fx(&s, &[news(StorageNews::Cleared)]);
    assert_eq!(same, s, "nothing changes on screen");
    assert_eq!(fx, [Effect::Save]);
    let private = run(&fresh(), &[Action::StartPrivate]);
    assert_eq!(run_fx(&private, &[news(StorageNews::Cleared)]).1, []);
}

#[test]
fn a_private_session_takes_in_nothing_from_elsewhere() {
    let s = run(&fresh(), &[Action::StartPrivate, Action::Choose { question: 0, answer: Answer::Agree }]);
    let theirs = finish(&fresh(), |_| Answer::Disagree).progress;
    for n in [
        StorageNews::Saved(theirs.clone()),
        StorageNews::Shared(theirs),
        StorageNews::Locked(envelope()),
        StorageNews::LockShared(true),
        StorageNews::Removed,
        StorageNews::Cleared,
        StorageNews::WriteFailed,
    ] {
        assert_eq!(s.step(news(n.clone())), (None, vec![]), "{n:?}");
    }
}

#[test]
fn storage_failing_then_coming_back_merges_before_writing() {
    let s = run(&fresh(), &[Action::Start, Action::Choose { question: 0, answer: Answer::Agree }]);
    let s = run(&s, &[Action::Saved(Err(StorageError::Unavailable))]);
    assert!(s.failing);
    assert_eq!(s.reduce(Action::Retry(Box::new(Err(StorageError::Unavailable)))), None, "still failing: wait");
    // Back, holding what another tab wrote meanwhile: take it in, then write.
    let mut theirs = Progress::default();
    theirs.answers.set(3, Answer::Disagree);
    let (s, fx) = run_fx(&s, &[Action::Retry(Box::new(Ok(Loaded::Restored(theirs))))]);
    assert_eq!(s.answers().len(), 2);
    assert!(fx.contains(&Effect::Save));
    let s = run(&s, &[Action::Saved(Ok(()))]);
    assert!(!s.failing && s.notice.is_none());
    assert_eq!(s.reduce(Action::Retry(Box::new(Ok(Loaded::Nothing)))), None, "not failing: no retry");
}

#[test]
fn storage_coming_back_locked_or_newer_stops_writing() {
    let failing = run(&finish(&fresh(), |_| Answer::Agree), &[Action::Saved(Err(StorageError::WriteFailed))]);
    let s = run(&failing, &[Action::Retry(Box::new(Ok(Loaded::Locked(envelope()))))]);
    assert_eq!((s.lock, s.failing), (Lock::NeedsPassphrase, false));
    let s = run(&failing, &[Action::Retry(Box::new(Ok(Loaded::Newer { version: 9 })))]);
    assert_eq!((s.notice, s.failing, s.may_save()), (Some(Notice::Newer), false, false));
    let (_, fx) = run_fx(&failing, &[Action::Retry(Box::new(Ok(Loaded::Nothing)))]);
    assert_eq!(fx, [Effect::Save]);
}

#[test]
fn a_save_refused_by_a_lock_elsewhere_asks_for_the_passphrase() {
    let s = run(&finish(&fresh(), |_| Answer::Agree), &[Action::Saved(Err(StorageError::Locked))]);
    assert_eq!(s.lock, Lock::NeedsPassphrase);
    assert!(!s.may_save());
}

#[test]
fn an_encrypted_write_that_failed_says_so_and_retries() {
    let s = run(&run(&fresh(), &[Action::Notify(Notice::Salvaged)]), &[news(StorageNews::WriteFailed)]);
    assert_eq!((s.notice, s.failing), (Some(Notice::NotSaving), true));
}

#[test]
fn every_change_and_every_lock_change_is_saved_but_nothing_read_only() {
    let (_, fx) = run_fx(&fresh(), &[Action::Start]);
    assert_eq!(fx, [Effect::Focus, Effect::Save]);
    let s = finish(&fresh(), |_| Answer::Agree);
    assert_eq!(run_fx(&s, &[Action::LockedNow]).1, [Effect::Save], "locking writes encrypted at once");
    let newer = State::new(Progress::default(), Some(Notice::Newer), today());
    assert!(!run_fx(&newer, &[Action::Start]).1.contains(&Effect::Save));
}

#[test]
fn starting_again_keeps_a_private_session_private() {
    let s = run(&fresh(), &[Action::StartPrivate, Action::AskRestart, Action::ConfirmRestart]);
    assert!(s.private && !s.may_save());
}

// Partner comparison.

fn partner_code(pick: impl Fn(usize) -> Answer, with_answers: bool) -> String {
    let theirs = finish(&fresh(), pick).progress.answers;
    crate::core::partner::code::encode(&crate::core::partner::code::PartnerView::of(&theirs, with_answers))
}

#[test]
fn a_partner_code_opens_both_views_and_a_bad_one_changes_nothing() {
    let s = finish(&fresh(), |_| Answer::Agree);
    let (s, fx) = run_fx(&s, &[Action::ShowPartner]);
    assert_eq!(s.screen(), Screen::Partner);
    assert!(fx.contains(&Effect::Focus));
    let before = s.progress.clone();
    let typo = run(&s, &[Action::EnterPartnerCode("ABCD-EFGH-JKM".into())]);
    assert!(matches!(typo.partner_message, Some(PartnerMessage::Problem(_))));
    assert_eq!(typo.progress, before, "nothing the visitor has is changed");
    let own = partner_code(|_| Answer::Agree, false);
    let mine = run(&s, &[Action::EnterPartnerCode(own)]);
    assert_eq!(mine.partner_message, Some(PartnerMessage::Problem(CodeProblem::OwnCode)));
    let code = partner_code(|_| Answer::Disagree, true);
    let s = run(&s, &[Action::EnterPartnerCode(code.to_lowercase())]);
    let partner = s.progress.partner.as_ref().unwrap();
    assert_eq!(partner.code, code, "kept in its clean form");
    assert!(partner.view.answers.is_some());
    assert!(!partner.keep, "kept only in memory unless the visitor chooses");
    assert_eq!(s.partner_message, None);
}

#[test]
fn a_link_code_waits_until_the_visitor_has_answered_and_leaves_the_address() {
    let code = partner_code(|_| Answer::Disagree, false);
    let link = Action::PartnerLink { code: code.clone(), clean_url: "https://a.example/".into() };
    let (s, fx) = run_fx(&fresh(), &[link.clone()]);
    assert_eq!(fx, [Effect::ReplaceUrl("https://a.example/".into())]);
    assert_eq!(s.pending_partner.as_deref(), Some(code.as_str()));
    assert_eq!(s.notice, Some(Notice::PartnerWaiting));
    assert_eq!(s.screen(), Screen::Intro, "each partner answers on their own first");
    let s = finish(&s, |_| Answer::Agree);
    assert_eq!(s.screen(), Screen::Partner, "then the comparison opens");
    assert!(s.progress.partner.is_some() && s.pending_partner.is_none());
    assert_eq!(s.notice, None);
    // Already finished: straight to the comparison.
    let done = finish(&fresh(), |_| Answer::Agree);
    let s = run(&done, &[link]);
    assert_eq!(s.screen(), Screen::Partner);
    assert!(s.progress.partner.is_some());
}

#[test]
fn the_partner_is_named_kept_forgotten_and_deleted_with_everything() {
    let s = finish(&fresh(), |_| Answer::Agree);
    let code = partner_code(|_| Answer::Disagree, false);
    let s = run(&s, &[Action::EnterPartnerCode(code), Action::PartnerName("Sam".repeat(30)), Action::KeepPartner(true)]);
    let p = s.progress.partner.as_ref().unwrap();
    assert_eq!(p.name.chars().count(), crate::core::partner::NAME_MAX_CHARS);
    assert!(p.keep);
    let forgot = run(&s, &[Action::ForgetPartner]);
    assert!(forgot.progress.partner.is_none());
    assert_eq!(forgot.partner_message, Some(PartnerMessage::Forgotten));
    let gone = run(&s, &[Action::AskDelete, Action::ConfirmDelete]);
    assert!(gone.progress.partner.is_none());
}

#[test]
fn our_plan_is_made_for_two_and_a_different_one_keeps_that() {
    let s = finish(&fresh(), |q| if q < 8 { Answer::Disagree } else { Answer::Agree });
    let code = partner_code(|q| if q >= 20 { Answer::StronglyDisagree } else { Answer::Agree }, false);
    let (s, fx) = run_fx(&s, &[Action::EnterPartnerCode(code), Action::MakeOurPlan]);
    let plan = s.progress.plan.as_ref().unwrap();
    assert_eq!(plan.choices.partner, Partner::Together);
    assert_eq!(plan.for_two.as_ref().map(Vec::len), Some(crate::core::bank::AREAS.len()));
    assert!(fx.contains(&Effect::Announce(HostEvent::PlanCreated)));
    assert_eq!(s.screen(), Screen::Plan);
    let other = run(&s, &[Action::DifferentPlan]);
    assert_eq!(other.progress.plan.as_ref().unwrap().for_two, plan.for_two, "still for two");
}

#[test]
fn choosing_a_language_keeps_every_answer_is_saved_and_survives_start_again() {
    use crate::core::lang::Lang;
    let s = run(&fresh(), &[Action::Start, Action::Choose { question: 0, answer: Answer::Agree }, Action::Next]);
    let (switched, fx) = run_fx(&s, &[Action::ChooseLang(Lang::Es)]);
    assert_eq!(switched.progress.lang, Some(Lang::Es));
    assert_eq!(switched.progress.answers, s.progress.answers, "no answer lost");
    assert_eq!(switched.screen(), s.screen(), "the same question, in the other language");
    assert!(fx.contains(&Effect::Save));
    assert!(!fx.contains(&Effect::Focus), "the visitor stays where they are");
    let again = run(&switched, &[Action::AskRestart, Action::ConfirmRestart]);
    assert_eq!(again.progress.lang, Some(Lang::Es), "a preference, not an answer");
    // Another tab's choice is taken in.
    let mut theirs = s.progress.clone();
    theirs.lang = Some(Lang::Es);
    assert_eq!(run(&s, &[Action::Sync(Box::new(theirs))]).progress.lang, Some(Lang::Es));
}
