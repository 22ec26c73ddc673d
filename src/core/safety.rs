//! What the safety check means: whether the visitor may not feel safe with their partner,
//! and so how careful everything the widget suggests must be.
//!
//! The check's answers count in no score. They decide only this: a visitor who agrees with
//! any of them is offered help first, no partner code, no plan for two, and a plan for
//! themself alone.

use super::answer::{Answer, Answers};
use super::bank::{AreaId, QUESTION_COUNT, SAFETY_CHECK};
use super::scoring::{score_area, Band};

/// True when the visitor agreed with any statement of the safety check.
pub fn afraid(answers: &Answers) -> bool {
    (0..SAFETY_CHECK.len()).any(|i| answers.get(QUESTION_COUNT + i).is_some_and(|a| a >= Answer::Agree))
}

/// How careful a plan must be.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Care {
    /// The visitor feels safe enough: any activity may be planned.
    #[default]
    Usual,
    /// The visitor does not feel safe to be themself (a low "feeling safe" score), with no
    /// sign of fear: nothing right after a tense moment, and no sharing of what they keep
    /// back in the first week.
    Gentle,
    /// The visitor may not be safe with their partner: a plan for them alone, with only
    /// activities for their own support and wellbeing.
    Safety,
}

impl Care {
    /// The care these answers call for.
    pub fn of(answers: &Answers) -> Care {
        if afraid(answers) {
            Care::Safety
        } else if score_area(AreaId::Safety, answers).band() == Some(Band::NeedsAttention) {
            Care::Gentle
        } else {
            Care::Usual
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bank::BANK;
    use crate::core::scoring::score;

    fn with_check(value: Answer, at: usize) -> Answers {
        let mut a = Answers::new();
        for p in 0..BANK.len() {
            a.set(p, Answer::Agree);
        }
        a.set(QUESTION_COUNT + at, value);
        a
    }

    #[test]
    fn agreeing_with_any_check_statement_means_afraid() {
        for at in 0..SAFETY_CHECK.len() {
            for value in [Answer::Agree, Answer::StronglyAgree] {
                assert!(afraid(&with_check(value, at)), "{} {value:?}", SAFETY_CHECK[at]);
                assert_eq!(Care::of(&with_check(value, at)), Care::Safety);
            }
            for value in [Answer::StronglyDisagree, Answer::Disagree, Answer::Unsure] {
                assert!(!afraid(&with_check(value, at)), "{} {value:?}", SAFETY_CHECK[at]);
            }
        }
        assert!(!afraid(&Answers::new()), "an unanswered check says nothing");
    }

    #[test]
    fn the_check_counts_in_no_score() {
        for at in 0..SAFETY_CHECK.len() {
            let calm = score(&with_check(Answer::StronglyDisagree, at));
            let afraid = score(&with_check(Answer::StronglyAgree, at));
            assert_eq!(calm, afraid, "{}", SAFETY_CHECK[at]);
            let mut none = with_check(Answer::Agree, at);
            none.set(QUESTION_COUNT + at, Answer::Unsure);
            assert_eq!(score(&none), calm);
        }
        let mut only_check = Answers::new();
        for p in QUESTION_COUNT..QUESTION_COUNT + SAFETY_CHECK.len() {
            only_check.set(p, Answer::StronglyAgree);
        }
        let results = score(&only_check);
        assert!(results.areas.iter().all(|a| a.answered == 0 && a.score.is_none()));
        assert_eq!(results.overall, None);
    }

    #[test]
    fn low_safety_without_fear_is_gentle() {
        let mut a = Answers::new();
        for (p, s) in BANK.iter().enumerate() {
            let low = match s.keying {
                crate::core::bank::Keying::Agree => Answer::StronglyDisagree,
                crate::core::bank::Keying::Reverse => Answer::StronglyAgree,
            };
            a.set(p, if s.area == AreaId::Safety { low } else { Answer::Agree });
        }
        assert_eq!(Care::of(&a), Care::Gentle);
        a.set(QUESTION_COUNT, Answer::Agree);
        assert_eq!(Care::of(&a), Care::Safety, "fear comes before everything");
        assert_eq!(Care::of(&with_check(Answer::Disagree, 0)), Care::Usual);
    }
}
