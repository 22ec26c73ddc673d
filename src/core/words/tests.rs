//! Every sentence, in every language: what it says, and that each template is filled by its
//! caller with exactly the placeholders it has (`fill` checks that in tests).

use crate::core::bank::AREA_COUNT;
use super::*;
use crate::core::answer::{Answer, Answers};
use crate::core::bank::{AreaId, BANK};
use crate::core::catalog::{catalog, check, Catalog};
use crate::core::date::Date;
use crate::core::lang::Lang;
use crate::core::messages::{Notice, PlanMessage, PrivacyMessage};
use crate::core::partner::code::CodeProblem;
use crate::core::partner::compare::{AreaPair, FocusReason};
use crate::core::plan::activity::Kind;
use crate::core::plan::choices::Partner;
use crate::core::plan::generate::PlanProblem;
use crate::core::plan::library::ACTIVITIES;
use crate::core::plan::today::{EndSummary, WeekState};
use crate::core::plan::tracking::Tally;
use crate::core::plan::RebuildPlan;
use crate::core::scoring::{score, AreaScore};

fn plan(partner: Partner) -> RebuildPlan {
    crate::core::plan::two_week_sample(partner)
}

fn area(score: Option<u8>) -> AreaScore {
    AreaScore { area: AreaId::Time, answered: 4, asked: 4, score }
}

/// Calls every function of the presenter, each branch that fills a template, once.
fn say_everything(text: &Catalog) -> Vec<String> {
    let day = Date::new(2026, 11, 25).unwrap();
    let tally = Tally { done: 3, total: 20 };
    let mut answers = Answers::new();
    for i in 0..BANK.len() {
        answers.set(i, Answer::Agree);
    }
    let results = score(&answers);
    let (together, alone) = (plan(Partner::Together), plan(Partner::Alone));
    let mut out = vec![
        intro_how(text),
        resume_note(text, 12),
        intro_new_statements(text, 6),
        offered_by(text, "Riverside Counselling"),
        question_of(text, 3, 31),
        overall_score(text, 62),
        area_score(text, &area(Some(40))),
        area_score(text, &area(None)),
        contact_label(text, Some("Riverside Counselling")),
        contact_label(text, None),
        help_call(text, "555 0100"),
        safety_call(text, "555 0199"),
        weeks_option(text, 4),
        minutes_option(text, 10),
        remind_before_option(text, 15),
        remind_before_option(text, 0),
        summary(text, &together),
        summary(text, &alone),
        focus_line(text, &results),
        plan_lead(text, &together, &results),
        done_of(text, tally),
        minutes_each(text, 10),
        activity_meta(text, &ACTIVITIES[0], true),
        week_title(text, 1),
        week_progress_label(text, 1),
        week_dates(text, &together, 0),
        open_week_dates(text, &together, 0, WeekState::Current),
        folded_week(text, &together, 0, WeekState::Past, tally),
        folded_week(text, &together, 1, WeekState::Future, tally),
        tick_label(text, "A calm minute", "Wed 25 Nov"),
        today_title(text, day),
        today_tick_label(text, "A calm minute"),
        nothing_today(text, ACTIVITIES[0].id, day),
        end_area_line(text, "Time", 4),
        compare_line(text, &area(Some(40)), &area(Some(55))),
        compare_line(text, &area(None), &area(Some(55))),
        made_on(text, day),
        counsellor_made_on(text, day),
        day_short(text, day),
        date_long(text, day),
        partner_area_line(text, &AreaPair { area: AreaId::Time, mine: Some(38), theirs: Some(75) }, "Sam"),
        partner_area_line(text, &AreaPair { area: AreaId::Time, mine: None, theirs: Some(75) }, "Sam"),
        partner_focus_reason(text, AreaId::Time, FocusReason::BothLow),
        partner_focus_reason(text, AreaId::Time, FocusReason::SeenDifferently),
        partner_problem(text, CodeProblem::BadCharacter { group: 2 }),
    ];
    for done in [0, 1, 5] {
        let summary = EndSummary { overall: Tally { done, total: 20 }, ..EndSummary::default() };
        out.push(end_done(text, &together, &summary));
    }
    out
}

#[test]
fn every_template_is_filled_by_its_caller_in_every_language() {
    for lang in Lang::ALL {
        let text = catalog(lang);
        check::take();
        let said = say_everything(text);
        for s in &said {
            assert!(!s.contains('{') && !s.contains('}'), "{lang:?}: a placeholder is left in {s:?}");
            assert!(!s.trim().is_empty(), "{lang:?}: an empty sentence");
        }
        let filled = check::take();
        for (key, t) in text.entries() {
            if t.contains('{') {
                assert!(filled.iter().any(|f| f == t), "{lang:?}: no caller fills {key} ({t:?})");
            }
        }
    }
}

#[test]
#[should_panic(expected = "name different placeholders")]
fn a_template_and_a_caller_that_disagree_fail() {
    crate::core::catalog::fill("Question {n} of {totl}", &[("n", "3"), ("total", "28")]);
}

#[test]
fn sentences_in_english() {
    let text = catalog(Lang::En);
    let together = plan(Partner::Together);
    assert_eq!(question_of(text, 3, 31), "Question 3 of 31");
    assert_eq!(done_of(text, Tally { done: 3, total: 20 }), "3 of 20 done");
    assert_eq!(summary(text, &together), "2 weeks, up to 15 minutes a day, together.");
    assert_eq!(week_dates(text, &together, 0), "Wed 25 Nov to Tue 1 Dec");
    assert!(open_week_dates(text, &together, 0, WeekState::Current).contains("Wed 25 Nov to Tue 1 Dec"));
    assert_eq!(open_week_dates(text, &together, 0, WeekState::Future), "Wed 25 Nov to Tue 1 Dec");
    let nothing = Tally { done: 0, total: 8 };
    assert!(folded_week(text, &together, 0, WeekState::Past, nothing).contains("Wed 25 Nov"), "no row of zeros");
    assert!(folded_week(text, &together, 0, WeekState::Past, Tally { done: 5, total: 8 }).contains('5'));
    let meta = activity_meta(text, &ACTIVITIES[0], true);
    assert!(meta.starts_with(&format!("{} · ", text.plan.every_day)), "{meta}");
    assert!(meta.ends_with(text.kind(ACTIVITIES[0].kind).name), "{meta}");
    assert_eq!(activity_meta(text, &ACTIVITIES[0], false).matches(" · ").count(), 1);
    let end = |done| end_done(text, &together, &EndSummary { overall: Tally { done, total: 9 }, ..EndSummary::default() });
    assert_eq!(end(0), text.days.end_none);
    assert_ne!(end(1), end(2));
    assert!(end(7).contains('7'));
    assert_eq!(contact_label(text, None), text.ui.help_contact);
    assert!(contact_label(text, Some("Riverside")).contains("Riverside"));
    assert!(area_score(text, &area(Some(40))).contains("out of 100"));
}

#[test]
fn the_plan_lead_says_who_the_plan_is_for() {
    let text = catalog(Lang::En);
    let results = score(&Answers::new());
    let mut p = plan(Partner::Together);
    assert!(plan_lead(text, &p, &results).starts_with(&summary(text, &p)));
    p.for_two = Some(vec![Some(40); AREA_COUNT]);
    assert!(plan_lead(text, &p, &results).ends_with(text.partner.made_for_two));
}

#[test]
fn dates_in_words() {
    let c = catalog(Lang::En);
    let d = Date::new(2026, 11, 25).unwrap();
    assert_eq!(day_short(c, d), "Wed 25 Nov");
    assert_eq!(date_long(c, d), "25 Nov 2026");
    let es = catalog(Lang::Es);
    let thursday = Date::new(2026, 11, 26).unwrap();
    assert_eq!(day_short(es, thursday), "jue 26 de noviembre");
    assert_eq!(date_long(es, thursday), "26 de noviembre de 2026");
    assert_eq!(day_short(es, Date::new(2027, 1, 3).unwrap()), "dom 3 de enero");
    // Tuesday and March are both "mar" in short: a date never reads "mar 2 mar".
    let tuesday = day_short(es, Date::new(2027, 3, 2).unwrap());
    assert_eq!(tuesday, "mar 2 de marzo");
    for lang in Lang::ALL {
        let c = catalog(lang);
        for day in 0..366 {
            let words = day_short(c, Date::new(2027, 1, 1).unwrap().add_days(day));
            let parts: Vec<&str> = words.split(' ').collect();
            assert!(parts.iter().enumerate().all(|(i, p)| !parts[i + 1..].contains(p)), "{lang:?}: {words}");
        }
    }
}

#[test]
fn every_message_and_kind_has_words() {
    for lang in Lang::ALL {
        let c = catalog(lang);
        for m in [
            PlanMessage::Problem(PlanProblem::NothingAllowed),
            PlanMessage::Problem(PlanProblem::NothingFits),
            PlanMessage::Problem(PlanProblem::NeedsPartner),
            PlanMessage::OnlyOnePlan,
        ] {
            assert!(!plan_message(c, m).is_empty());
        }
        for m in [
            PrivacyMessage::Deleted,
            PrivacyMessage::LockOn,
            PrivacyMessage::LockOff,
            PrivacyMessage::WrongPassphrase,
            PrivacyMessage::TooShort,
            PrivacyMessage::Mismatch,
            PrivacyMessage::NoCrypto,
            PrivacyMessage::DeleteFailed,
        ] {
            assert!(!privacy_message(c, m).is_empty());
        }
        for n in [
            Notice::Salvaged,
            Notice::Unreadable,
            Notice::Newer,
            Notice::NotSaving,
            Notice::Private,
            Notice::DownloadFailed,
            Notice::PartnerWaiting,
        ] {
            assert!(!notice(c, n).is_empty());
        }
        for p in [CodeProblem::Empty, CodeProblem::TooShort, CodeProblem::TooLong, CodeProblem::Mistake, CodeProblem::Newer, CodeProblem::OwnCode] {
            assert!(!partner_problem(c, p).is_empty());
        }
        for k in Kind::ALL {
            assert!(!c.kind(k).name.is_empty() && !c.kind(k).hint.is_empty());
        }
    }
}
