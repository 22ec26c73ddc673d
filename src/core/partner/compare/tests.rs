//! Gap bands at their edges, what both share, the statements furthest apart, and the view a
//! plan for two is made from.

use crate::core::bank::AREA_COUNT;
use crate::core::safety::Care;
use super::*;
use crate::core::answer::Answer;
use crate::core::plan::choices::{Partner, PlanChoices};
use crate::core::plan::generate::generate;
use crate::core::plan::activity;

fn answers(pick: impl Fn(usize) -> Option<Answer>) -> Answers {
    let mut a = Answers::new();
    for q in 0..QUESTION_COUNT {
        if let Some(v) = pick(q) {
            a.set(q, v);
        }
    }
    a
}

fn view(scores: [Option<u8>; AREA_COUNT]) -> PartnerView {
    PartnerView { scores, answers: None, bank: crate::core::bank::BANK_VERSION }
}

#[test]
fn gap_bands_at_their_edges() {
    assert_eq!(Gap::between(50, 50), Gap::Similar);
    assert_eq!(Gap::between(50, 62), Gap::Similar, "12 < 12.5");
    assert_eq!(Gap::between(62, 50), Gap::Similar);
    assert_eq!(Gap::between(50, 63), Gap::WorthTalking, "13 ≥ 12.5");
    assert_eq!(Gap::between(50, 74), Gap::WorthTalking, "24 < 25");
    assert_eq!(Gap::between(50, 75), Gap::GoodPlaceToStart);
    assert_eq!(Gap::between(0, 100), Gap::GoodPlaceToStart);
}

#[test]
fn shared_strengths_and_where_both_want_more() {
    let mine = answers(|_| Some(Answer::StronglyAgree)); // high everywhere (reverse-keyed aside)
    let my_scores = PartnerView::of(&mine, false).scores;
    let mut theirs = my_scores;
    theirs[0] = Some(20);
    let c = compare(&mine, &view(theirs));
    assert!(!c.strengths.contains(&AREAS[0]));
    for (i, p) in c.areas.iter().enumerate() {
        let both_strong = p.mine.unwrap() >= 70 && p.theirs.unwrap() >= 70;
        assert_eq!(c.strengths.contains(&AREAS[i]), both_strong);
    }
    let low = answers(|q| Some(if BANK[q].keying == crate::core::bank::Keying::Reverse { Answer::StronglyAgree } else { Answer::StronglyDisagree }));
    let c = compare(&low, &view([Some(44), Some(45), Some(0), None, Some(10), Some(30), Some(20), Some(60)]));
    assert_eq!(c.both_want_more, vec![AREAS[0], AREAS[2], AREAS[4], AREAS[5], AREAS[6]], "45 is not under 45; no score, no claim");
    assert!(c.furthest.is_empty(), "no answers shared, no statements compared");
}

#[test]
fn the_five_statements_furthest_apart() {
    let mine = answers(|_| Some(Answer::Unsure));
    let theirs = answers(|q| match q {
        3 | 9 => Some(Answer::StronglyAgree),      // 2 steps
        20 => Some(Answer::StronglyDisagree),      // 2 steps
        5 => Some(Answer::Agree),                  // 1 step: not "far apart"
        _ => None,
    });
    assert_eq!(furthest_apart(&mine, &theirs), vec![3, 9, 20]);
    let mine = answers(|_| Some(Answer::StronglyDisagree));
    let theirs = answers(|q| Some(match q % 4 {
        0 => Answer::StronglyAgree,  // 4 steps
        1 => Answer::Agree,          // 3 steps
        _ => Answer::Unsure,         // 2 steps
    }));
    assert_eq!(furthest_apart(&mine, &theirs), vec![0, 4, 8, 12, 16], "furthest first, bank order among equals");
    let mut shared = PartnerView::of(&theirs, true);
    assert_eq!(compare(&mine, &shared).furthest.len(), 5);
    shared.answers = None;
    assert!(compare(&mine, &shared).furthest.is_empty());
}

#[test]
fn the_combined_view_puts_low_and_far_apart_areas_first() {
    let pair = |mine, theirs| AreaPair { area: AREAS[0], mine, theirs };
    assert_eq!(pair(Some(80), Some(40)).combined(), Some(20), "far apart counts");
    assert_eq!(pair(Some(40), Some(44)).combined(), Some(38));
    assert_eq!(pair(Some(90), Some(90)).combined(), Some(90));
    assert_eq!(pair(None, Some(60)).combined(), Some(60));
    assert_eq!(pair(None, None).combined(), None);
}

#[test]
fn the_plan_for_two_puts_the_most_time_where_the_combined_view_is_weakest_or_furthest_apart() {
    // Mine: the middle of the scale everywhere. Theirs: area 3 very low (both see it low
    // enough), area 5 very high (far apart from mine).
    let mine = answers(|_| Some(Answer::Unsure));
    let mut theirs = PartnerView::of(&mine, false).scores;
    theirs[3] = Some(5);
    theirs[5] = Some(100);
    let c = compare(&mine, &view(theirs));
    let results = combined_results(&c);
    let focus = plan_focus(&c);
    assert_eq!(focus[0].0, AREAS[3]);
    let choices = PlanChoices { partner: Partner::Together, ..PlanChoices::default() };
    let weeks = generate(&results, &choices, Care::Usual, 0).unwrap();
    let mut minutes = [0u32; AREA_COUNT];
    for w in &weeks {
        for item in &w.items {
            let a = activity(&item.activity).unwrap();
            minutes[a.area.index()] += u32::from(a.minutes) * item.days.len() as u32;
        }
    }
    let most = (0..7).max_by_key(|&i| minutes[i]).unwrap();
    assert_eq!(AREAS[most], AREAS[3], "{minutes:?}");
    assert!(minutes[5] > 0 || minutes[3] > 0);
}
