//! Turning answers into a score per area and overall, and a band in plain words.
//!
//! Scores are whole numbers from 0 to 100, computed with integer arithmetic so the same
//! answers always give the same result on every device.

use super::answer::Answers;
use super::bank::{statements_in, AreaId, Keying, AREAS, BANK};
use super::sort::sort_by_key_small;

/// Scores from this value up are "strong".
pub const STRONG_FROM: u8 = 70;
/// Scores from this value up (and below [`STRONG_FROM`]) are "growing"; below it, "needs attention".
pub const GROWING_FROM: u8 = 45;

/// A plain-words reading of a score. Ordered from lowest to highest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    NeedsAttention,
    Growing,
    Strong,
}

impl Band {
    /// The band a 0–100 score falls in; the thresholds live only here.
    pub fn for_score(score: u8) -> Band {
        if score >= STRONG_FROM {
            Band::Strong
        } else if score >= GROWING_FROM {
            Band::Growing
        } else {
            Band::NeedsAttention
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// How many answers an area needs before it gets a number: at least two, and at least half
/// of its statements. Fewer, and a number would be a guess.
pub fn min_answers(asked: usize) -> usize {
    2.max(asked.div_ceil(2))
}

/// One area's result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaScore {
    pub area: AreaId,
    /// Statements in this area that have an answer.
    pub answered: usize,
    /// Statements this area asks.
    pub asked: usize,
    /// 0–100, or `None` when there are not enough answers to say.
    pub score: Option<u8>,
}

impl AreaScore {
    pub fn band(&self) -> Option<Band> {
        self.score.map(Band::for_score)
    }
}

/// The whole result: every area in quiz order, and the overall score.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Results {
    pub areas: Vec<AreaScore>,
    /// The mean of the area scores, or `None` when fewer than half the areas have one.
    pub overall: Option<u8>,
}

/// Rounds `num / den` to the nearest whole number, halves up.
fn round_div(num: u32, den: u32) -> u32 {
    (num * 2 + den) / (den * 2)
}

/// Scores one area from the answers given.
pub fn score_area(area: AreaId, answers: &Answers) -> AreaScore {
    let mut asked = 0;
    let mut answered = 0;
    let mut points = 0u32;
    for s in statements_in(area) {
        asked += 1;
        if let Some(a) = answers.get_id(s.id) {
            answered += 1;
            let step = a.index() as u32; // 0..=4
            points += match s.keying {
                Keying::Agree => step,
                Keying::Reverse => 4 - step,
            };
        }
    }
    let score = (answered >= min_answers(asked))
        .then(|| round_div(points * 100, answered as u32 * 4) as u8);
    AreaScore { area, answered, asked, score }
}

/// Scores every area and the whole quiz.
pub fn score(answers: &Answers) -> Results {
    let areas: Vec<AreaScore> = AREAS.iter().map(|&a| score_area(a, answers)).collect();
    let scored: Vec<u32> = areas.iter().filter_map(|a| a.score.map(u32::from)).collect();
    let overall = (scored.len() * 2 >= areas.len() && !scored.is_empty())
        .then(|| round_div(scored.iter().sum(), scored.len() as u32) as u8);
    Results { areas, overall }
}

impl Results {
    pub fn overall_band(&self) -> Option<Band> {
        self.overall.map(Band::for_score)
    }

    /// The highest-scoring area; on a tie, the one asked first.
    pub fn strongest(&self) -> Option<&AreaScore> {
        self.scored().fold(None, |best: Option<&AreaScore>, a| match best {
            Some(b) if b.score >= a.score => Some(b),
            _ => Some(a),
        })
    }

    /// The lowest-scoring area; on a tie, the one asked first.
    pub fn weakest(&self) -> Option<&AreaScore> {
        self.scored().fold(None, |worst: Option<&AreaScore>, a| match worst {
            Some(w) if w.score <= a.score => Some(w),
            _ => Some(a),
        })
    }

    /// Areas that have a number.
    pub fn scored(&self) -> impl Iterator<Item = &AreaScore> {
        self.areas.iter().filter(|a| a.score.is_some())
    }

    /// Areas from lowest to highest score (ties in quiz order); areas without a number last.
    pub fn weakest_first(&self) -> Vec<&AreaScore> {
        let mut v: Vec<&AreaScore> = self.areas.iter().collect();
        sort_by_key_small(&mut v, |a| (a.score.is_none(), a.score, a.area));
        v
    }

    pub fn area(&self, area: AreaId) -> Option<&AreaScore> {
        self.areas.iter().find(|a| a.area == area)
    }
}

/// True when every statement in the bank has an answer.
pub fn all_answered(answers: &Answers) -> bool {
    BANK.iter().all(|s| answers.get_id(s.id).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answer::Answer;

    fn answer_all(mut f: impl FnMut(&crate::core::bank::Statement) -> Answer) -> Answers {
        let mut a = Answers::new();
        for (i, s) in BANK.iter().enumerate() {
            a.set(i, f(s));
        }
        a
    }

    /// The answer that means "most intimacy" for a statement.
    fn best(s: &crate::core::bank::Statement) -> Answer {
        match s.keying {
            Keying::Agree => Answer::StronglyAgree,
            Keying::Reverse => Answer::StronglyDisagree,
        }
    }

    fn worst(s: &crate::core::bank::Statement) -> Answer {
        match s.keying {
            Keying::Agree => Answer::StronglyDisagree,
            Keying::Reverse => Answer::StronglyAgree,
        }
    }

    #[test]
    fn band_edges() {
        assert_eq!(Band::for_score(0), Band::NeedsAttention);
        assert_eq!(Band::for_score(GROWING_FROM - 1), Band::NeedsAttention);
        assert_eq!(Band::for_score(GROWING_FROM), Band::Growing);
        assert_eq!(Band::for_score(STRONG_FROM - 1), Band::Growing);
        assert_eq!(Band::for_score(STRONG_FROM), Band::Strong);
        assert_eq!(Band::for_score(100), Band::Strong);
    }

    #[test]
    fn bands_are_monotonic_over_every_score() {
        for s in 0..100u8 {
            assert!(Band::for_score(s) <= Band::for_score(s + 1));
        }
    }

    #[test]
    fn best_answers_score_100_and_worst_score_0() {
        let r = score(&answer_all(best));
        assert!(r.areas.iter().all(|a| a.score == Some(100)));
        assert_eq!(r.overall, Some(100));
        let r = score(&answer_all(worst));
        assert!(r.areas.iter().all(|a| a.score == Some(0)));
        assert_eq!(r.overall, Some(0));
        assert_eq!(r.overall_band(), Some(Band::NeedsAttention));
    }

    #[test]
    fn reverse_keying_turns_the_scale_around() {
        // Agreeing with everything is not a perfect score: reverse-keyed statements count against.
        let r = score(&answer_all(|_| Answer::StronglyAgree));
        let safety = r.area(AreaId::Safety).unwrap();
        // Safety: three agree-keyed (4 points each) and one reverse-keyed (0 points) = 12/16.
        assert_eq!(safety.score, Some(75));
        let all_unsure = score(&answer_all(|_| Answer::Unsure));
        assert!(all_unsure.areas.iter().all(|a| a.score == Some(50)));
    }

    #[test]
    fn a_single_reverse_statement_scores_from_the_other_end() {
        let id = BANK.iter().find(|s| s.keying == Keying::Reverse).unwrap();
        let area = id.area;
        let others: Vec<_> = statements_in(area).filter(|s| s.id != id.id).collect();
        let mut a = Answers::new();
        a.set_id(id.id, Answer::StronglyDisagree); // 4 points when reversed
        a.set_id(others[0].id, Answer::StronglyDisagree); // 0 points
        assert_eq!(score_area(area, &a).score, Some(50));
        a.set_id(id.id, Answer::StronglyAgree); // 0 points when reversed
        assert_eq!(score_area(area, &a).score, Some(0));
    }

    #[test]
    fn too_few_answers_gives_no_number() {
        let mut a = Answers::new();
        let first = statements_in(AreaId::Time).next().unwrap();
        a.set_id(first.id, Answer::Agree);
        let r = score_area(AreaId::Time, &a);
        assert_eq!(r.score, None);
        assert_eq!(r.answered, 1);
        assert_eq!(r.band(), None);
    }

    #[test]
    fn min_answers_edges() {
        assert_eq!(min_answers(3), 2);
        assert_eq!(min_answers(4), 2);
        assert_eq!(min_answers(5), 3);
        for area in AREAS {
            let asked = statements_in(area).count();
            let ids: Vec<_> = statements_in(area).map(|s| s.id).collect();
            let mut a = Answers::new();
            for id in &ids[..min_answers(asked) - 1] {
                a.set_id(id, Answer::Agree);
            }
            assert_eq!(score_area(area, &a).score, None, "{area:?} one short");
            a.set_id(ids[min_answers(asked) - 1], Answer::Agree);
            assert!(score_area(area, &a).score.is_some(), "{area:?} just enough");
        }
    }

    #[test]
    fn overall_needs_half_the_areas() {
        let r = score(&Answers::new());
        assert_eq!(r.overall, None);
        assert!(r.areas.iter().all(|a| a.score.is_none()));
        assert_eq!(r.strongest(), None);
        assert_eq!(r.weakest(), None);

        let mut a = Answers::new();
        for (n, area) in AREAS.iter().enumerate() {
            for s in statements_in(*area) {
                a.set_id(s.id, Answer::StronglyAgree);
            }
            let r = score(&a);
            let scored = n + 1;
            assert_eq!(r.overall.is_some(), scored * 2 >= AREAS.len(), "{scored} areas");
        }
    }

    #[test]
    fn overall_is_the_rounded_mean_of_areas() {
        let r = score(&answer_all(|_| Answer::StronglyAgree));
        let sum: u32 = r.areas.iter().map(|a| u32::from(a.score.unwrap())).sum();
        let n = r.areas.len() as u32;
        let expected = ((sum as f64) / (n as f64)).round() as u8;
        assert_eq!(r.overall, Some(expected));
    }

    #[test]
    fn rounding_is_half_up() {
        assert_eq!(round_div(1, 2), 1);
        assert_eq!(round_div(5, 3), 2);
        assert_eq!(round_div(4, 3), 1);
        assert_eq!(round_div(0, 7), 0);
    }

    #[test]
    fn strongest_and_weakest_with_ties_in_quiz_order() {
        let r = score(&answer_all(|_| Answer::Unsure));
        assert_eq!(r.strongest().unwrap().area, AREAS[0]);
        assert_eq!(r.weakest().unwrap().area, AREAS[0]);
        let r = score(&answer_all(|s| if s.area == AreaId::Time { worst(s) } else { best(s) }));
        assert_eq!(r.weakest().unwrap().area, AreaId::Time);
        assert_eq!(r.strongest().unwrap().area, AreaId::Safety);
        assert_eq!(r.weakest_first()[0].area, AreaId::Time);
    }

    #[test]
    fn fixed_answers_give_fixed_numbers() {
        // Worked out by hand, so a change to the scoring rules shows up here.
        let r = score(&answer_all(|s| if s.area == AreaId::Time { worst(s) } else { best(s) }));
        let scores: Vec<_> = r.areas.iter().map(|a| a.score).collect();
        assert_eq!(scores, [Some(100), Some(100), Some(100), Some(100), Some(100), Some(0), Some(100), Some(100)]);
        assert_eq!(r.overall, Some(88)); // 700 / 8 = 87.5, halves up
        // "Agree" everywhere: 3 points agree-keyed, 1 point reverse-keyed, out of 4 each. Four
        // statements with one reverse-keyed: 10/16 = 62.5, rounded up to 63; five with one:
        // 13/20 = 65; time has two of four (8/16 = 50); repair one of three (7/12 = 58.3).
        let r = score(&answer_all(|_| Answer::Agree));
        let scores: Vec<_> = r.areas.iter().map(|a| a.score.unwrap()).collect();
        assert_eq!(scores, [63, 63, 65, 65, 65, 50, 63, 58]);
        assert_eq!(r.overall, Some(62)); // 492 / 8 = 61.5, halves up
    }

    #[test]
    fn any_answers_stay_in_range() {
        let mut seed = 12345u32;
        for _ in 0..200 {
            let a = answer_all(|_| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                Answer::SCALE[(seed >> 16) as usize % 5]
            });
            let r = score(&a);
            assert!(r.areas.iter().all(|x| x.score.is_some_and(|s| s <= 100)));
            assert!(r.overall.is_some_and(|s| s <= 100));
        }
    }

    #[test]
    fn all_answered_only_when_complete() {
        let mut a = answer_all(best);
        assert!(all_answered(&a));
        a = Answers::new();
        a.set(0, Answer::Agree);
        assert!(!all_answered(&a));
    }
}
