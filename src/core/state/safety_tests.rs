//! The safety check through the reducer: a visitor who says they may not be safe with their
//! partner is offered no code, no comparison and no plan for two, and gets a plan for
//! themself alone; everyone else's quiz, codes and plans are as before.

use super::*;
use crate::core::answer::Answer;
use crate::core::bank::{is_check, ASKED, QUESTION_COUNT, SAFETY_CHECK};
use crate::core::catalog::catalog;
use crate::core::lang::Lang;
use crate::core::date::Date;
use crate::core::date::Stamp;
use crate::core::export::ics::plan_calendar;
use crate::core::export::markdown::plan_markdown;
use crate::core::partner::code::{decode, encode, PartnerView};
use crate::core::plan::activity::{FOR_YOU, NEEDS_SAFETY};
use crate::core::plan::choices::Partner;
use crate::core::safety::Care;
use crate::core::saved;

fn today() -> Date {
    Date::new(2026, 12, 6).unwrap()
}

fn run(state: &State, actions: &[Action]) -> State {
    actions.iter().fold(state.clone(), |s, a| s.reduce(a.clone()).unwrap_or(s))
}

/// The whole quiz: `bank` for every scored statement, `check` for the safety check.
fn finish(bank: Answer, check: Option<Answer>) -> State {
    let mut s = run(&State::new(Progress::default(), None, today()), &[Action::Start]);
    while let Screen::Question(q) = s.screen() {
        let answer = if is_check(q) { check } else { Some(bank) };
        if let Some(answer) = answer {
            s = run(&s, &[Action::Choose { question: q, answer }]);
        }
        s = run(&s, &[Action::Next]);
    }
    s
}

fn afraid_visitor() -> State {
    finish(Answer::Disagree, Some(Answer::Agree))
}

fn planned(s: &State) -> Vec<&'static crate::core::plan::activity::Activity> {
    let plan = s.progress.plan.as_ref().expect("a plan");
    plan.occurrences().map(|(_, id, _)| crate::core::plan::activity(id).unwrap()).collect()
}

#[test]
fn the_safety_check_is_asked_last_and_can_be_skipped() {
    let mut s = run(&State::new(Progress::default(), None, today()), &[Action::Start]);
    for _ in 0..QUESTION_COUNT {
        s = run(&s, &[Action::Next]);
    }
    assert_eq!(s.screen(), Screen::Question(QUESTION_COUNT), "after the last scored statement");
    let s = run(&s, &[Action::Next, Action::Next, Action::Next]);
    assert_eq!(s.screen(), Screen::Results);
    assert!(!s.afraid());
    let back = run(&s, &[Action::Back]);
    assert_eq!(back.screen(), Screen::Question(ASKED - 1));
}

#[test]
fn any_agreed_fear_answer_gives_a_plan_for_one_with_no_activity_that_needs_safety() {
    for at in 0..SAFETY_CHECK.len() {
        for agree in [Answer::Agree, Answer::StronglyAgree] {
            for bank in Answer::SCALE {
                let mut s = finish(bank, Some(Answer::StronglyDisagree));
                s = run(&s, &[Action::ChangeAnswers]);
                s.progress.screen = Screen::Question(QUESTION_COUNT + at);
                let s = run(&s, &[Action::Choose { question: QUESTION_COUNT + at, answer: agree }]);
                assert!(s.afraid(), "{} {agree:?}", SAFETY_CHECK[at]);
                // The form said "together", with every kind: the plan is still for one.
                let s = run(&s, &[Action::SetPartner(Partner::Together), Action::MakePlan]);
                assert_eq!(s.screen(), Screen::Plan, "{:?}", s.plan_message);
                let plan = s.progress.plan.as_ref().unwrap();
                assert_eq!(plan.choices.partner, Partner::Alone);
                assert_eq!(plan.for_two, None);
                for a in planned(&s) {
                    assert!(!a.has(NEEDS_SAFETY) && a.has(FOR_YOU), "{}", a.id);
                }
                // "Show me a different plan" keeps to the same rule.
                let other = run(&s, &[Action::DifferentPlan]);
                assert!(planned(&other).iter().all(|a| a.has(FOR_YOU) && !a.has(NEEDS_SAFETY)));
                assert_eq!(s.progress.choices.partner, Partner::Together, "the form keeps what was chosen");
            }
        }
    }
}

#[test]
fn no_partner_code_can_be_made_and_no_comparison_or_plan_for_two_happens() {
    let calm = finish(Answer::Agree, Some(Answer::Disagree));
    let theirs = finish(Answer::Disagree, Some(Answer::Disagree));
    let their_code = theirs.own_code(true).expect("a visitor with no fear answer gets a code");
    assert!(calm.own_code(false).is_some() && calm.own_code(true).is_some());

    let s = afraid_visitor();
    assert_eq!(s.own_code(false), None);
    assert_eq!(s.own_code(true), None);
    assert_eq!(s.reduce(Action::Copy { link: false }), None, "no code to copy");
    assert_eq!(s.reduce(Action::Copy { link: true }), None, "nor a link with one");
    assert_eq!(s.reduce(Action::EnterPartnerCode(their_code.clone())), None, "a typed code is not taken");
    // A code from a link opens the partner screen's explanation; the code is not kept.
    let linked = run(&s, &[Action::PartnerLink { code: their_code.clone(), clean_url: "https://x.example/".into() }]);
    assert_eq!(linked.screen(), Screen::Partner);
    assert_eq!((linked.progress.partner.clone(), linked.partner_message), (None, None));
    // A partner taken in before: no plan for two now.
    let mut before = run(&calm, &[Action::EnterPartnerCode(their_code)]);
    assert!(before.progress.partner.is_some());
    before.progress.answers.set(QUESTION_COUNT + 1, Answer::StronglyAgree);
    assert!(before.afraid());
    assert_eq!(before.own_code(false), None, "a code shown earlier is not shown again");
    assert_eq!(before.reduce(Action::MakeOurPlan), None);
    assert!(before.progress.partner.is_some(), "nothing the visitor has is lost");
    // No code, so no QR code either.
    let (open, fx) = {
        let mut fx = Vec::new();
        let mut s = afraid_visitor();
        for a in [Action::ShowPartner, Action::ShareAnswers(true)] {
            let (next, more) = s.step(a);
            fx.extend(more);
            s = next.unwrap_or(s);
        }
        (s, fx)
    };
    assert!(!fx.iter().any(|e| matches!(e, Effect::DrawQr { .. })), "{fx:?}");
    assert_eq!(open.qr, crate::core::state::Qr::Off);
}

#[test]
fn a_plan_made_before_the_fear_answer_is_offered_again_for_one() {
    let calm = run(&finish(Answer::Disagree, Some(Answer::Disagree)), &[Action::MakePlan]);
    assert!(!calm.plan_needs_care());
    assert!(planned(&calm).iter().any(|a| a.has(NEEDS_SAFETY)), "a usual plan for low scores");
    let mut s = calm.clone();
    s.progress.answers.set(QUESTION_COUNT, Answer::Agree);
    assert!(s.plan_needs_care());
    let s = run(&s, &[Action::MakePlan]);
    assert!(!s.plan_needs_care());
    assert!(planned(&s).iter().all(|a| a.has(FOR_YOU)));
}

#[test]
fn the_safety_answers_go_into_no_code_link_or_export() {
    let with_fear = afraid_visitor();
    // The same answers with the safety check left out, built by hand.
    let mut without = crate::core::answer::Answers::new();
    for q in 0..QUESTION_COUNT {
        if let Some(answer) = with_fear.progress.answers.get(q) {
            without.set(q, answer);
        }
    }
    assert_eq!(without.len(), QUESTION_COUNT);
    // The code's contents are the scored statements only.
    for with_answers in [false, true] {
        assert_eq!(PartnerView::of(&with_fear.progress.answers, with_answers), PartnerView::of(&without, with_answers));
        let code = encode(&PartnerView::of(&with_fear.progress.answers, with_answers));
        let view = decode(&code).unwrap();
        if let Some(answers) = view.answers {
            assert!((QUESTION_COUNT..ASKED).all(|p| answers.get(p).is_none()));
        }
    }
    // The plan's Markdown and calendar hold activities only: no statement, no check answer.
    let s = run(&with_fear, &[Action::MakePlan]);
    let plan = s.progress.plan.as_ref().unwrap();
    for lang in Lang::ALL {
        let text = catalog(lang);
        let md = plan_markdown(plan, &s.progress.tracking, text, text.safety.plan_focus);
        let ics = plan_calendar(plan, text, Stamp { date: today(), hour: 9, minute: 0, second: 0 }, Default::default());
        for out in [&md, &ics] {
            for p in QUESTION_COUNT..ASKED {
                assert!(!out.contains(text.statement(p)), "{lang:?}: {}", text.statement(p));
                assert!(!out.contains(crate::core::bank::asked_id(p).unwrap()));
            }
            for t in [text.safety.panel_title, text.safety.panel_lead, text.safety.check_title] {
                assert!(!out.contains(t), "{lang:?}: {t}");
            }
        }
    }
    // Only this device's own save keeps them, so no answer is ever lost.
    let raw = saved::encode(&s.progress);
    assert!(SAFETY_CHECK.iter().all(|id| raw.contains(id)));
    let saved::Loaded::Restored(back) = saved::decode(Some(&raw)) else { panic!("not restored") };
    assert_eq!(back.answers, s.progress.answers);
}

#[test]
fn a_visitor_with_no_fear_answer_still_gets_codes_and_the_plan_for_two() {
    let theirs = finish(Answer::StronglyAgree, None).own_code(true).unwrap();
    let s = finish(Answer::Agree, Some(Answer::StronglyDisagree));
    assert!(!s.afraid());
    let s = run(&s, &[Action::ShowPartner, Action::EnterPartnerCode(theirs), Action::MakeOurPlan]);
    assert_eq!(s.screen(), Screen::Plan);
    let plan = s.progress.plan.as_ref().unwrap();
    assert!(plan.for_two.is_some() && plan.choices.partner == Partner::Together);
    assert!(planned(&s).iter().all(|a| !a.has(FOR_YOU)));
    // Skipping the check says nothing either.
    assert!(!finish(Answer::Agree, None).afraid());
    assert_eq!(finish(Answer::Agree, Some(Answer::Unsure)).care(), Care::Usual);
}

#[test]
fn old_results_open_with_every_answer_and_can_take_the_check_on_its_own() {
    // Saved by the release before the safety check: 28 answers, results, a plan.
    let by_serde = include_str!("../saved/fixtures/v3-written-by-serde.json");
    let saved::Loaded::Restored(old) = saved::decode(Some(by_serde)) else { panic!("not restored") };
    let answered = old.answers.len();
    assert!((QUESTION_COUNT..ASKED).all(|p| old.answers.get(p).is_none()));
    let mut s = State::new(old.clone(), None, today());
    s.progress.screen = Screen::Results;
    s.progress.finished = true;
    let s = run(&s, &[Action::SafetyCheck]);
    assert_eq!(s.screen(), Screen::Question(QUESTION_COUNT));
    let s = run(&s, &[Action::Choose { question: QUESTION_COUNT, answer: Answer::Agree }, Action::Next, Action::Next, Action::Next]);
    assert_eq!(s.screen(), Screen::Results);
    assert_eq!(s.progress.answers.len(), answered + 1, "every earlier answer kept");
    assert!((0..QUESTION_COUNT).all(|p| s.progress.answers.get(p) == old.answers.get(p)));
    assert_eq!(s.progress.history.last().unwrap().answers, s.progress.answers);
    assert!(s.afraid() && s.plan_needs_care() == s.progress.plan.is_some());
    // The check is offered only from the results.
    assert_eq!(State::new(old, None, today()).reduce(Action::SafetyCheck), None);
}

#[test]
fn partner_codes_made_before_the_safety_check_still_open() {
    // Made by the release before the safety check, from scores only and from every answer.
    // Bank 1's statements, in bank 1's order.
    let mut varied = crate::core::answer::Answers::new();
    for (q, id) in crate::core::bank::BANK_V1.iter().enumerate() {
        varied.set_id(id, Answer::SCALE[(q * 3 + 1) % 5]);
    }
    // Bank 1's area scores for them, as that release worked them out.
    let bank_1_scores = [Some(50), Some(69), Some(44), Some(50), Some(25), Some(38), Some(56), None];
    // Written by the release before the safety check (38f56e2) from these same answers.
    for (code, with_answers) in [("4S8N-CCHJ-K70R", false), ("6M93-A6CH-DCCN-MRE8-E", true)] {
        let view = decode(code).expect("an old code still opens");
        assert_eq!(view.bank, 1);
        if with_answers {
            assert_eq!(view.answers.as_ref(), Some(&varied), "every answer");
            assert_eq!(view.scores, PartnerView::of(&varied, false).scores, "scored by today's bank");
        } else {
            assert_eq!(view.scores, bank_1_scores);
        }
        assert_eq!(encode(&view), code, "and is written back the same");
        let s = run(&finish(Answer::Agree, Some(Answer::Disagree)), &[Action::EnterPartnerCode(code.into())]);
        assert_eq!(s.progress.partner.as_ref().map(|p| &p.view), Some(&view));
    }
}
