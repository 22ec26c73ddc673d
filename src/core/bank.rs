//! The question bank: which statements the quiz asks, which area each belongs to, and
//! which way each one is keyed; then the safety check, asked last and never scored. The
//! words themselves live in the catalog.

/// One part of emotional intimacy that the quiz looks at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AreaId {
    Safety,
    Sharing,
    Understanding,
    Support,
    Closeness,
    Time,
    Affection,
}

/// Every area, in the order the visitor meets them.
pub const AREAS: [AreaId; 7] = [
    AreaId::Safety,
    AreaId::Sharing,
    AreaId::Understanding,
    AreaId::Support,
    AreaId::Closeness,
    AreaId::Time,
    AreaId::Affection,
];

impl AreaId {
    /// Position in [`AREAS`]; also the index into the catalog's area texts.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The stable id used in saved data and exports.
    pub fn key(self) -> &'static str {
        match self {
            AreaId::Safety => "safety",
            AreaId::Sharing => "sharing",
            AreaId::Understanding => "understanding",
            AreaId::Support => "support",
            AreaId::Closeness => "closeness",
            AreaId::Time => "time",
            AreaId::Affection => "affection",
        }
    }
}

/// Which answer counts as a sign of intimacy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keying {
    /// Agreeing is a sign that intimacy is present.
    Agree,
    /// Agreeing is a sign that intimacy is lacking, so the scale is turned around.
    Reverse,
}

/// One statement the visitor rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Statement {
    /// Stable id, kept in saved data: never reuse an id for a different meaning.
    pub id: &'static str,
    pub area: AreaId,
    pub keying: Keying,
}

const fn s(id: &'static str, area: AreaId, keying: Keying) -> Statement {
    Statement { id, area, keying }
}

use AreaId::*;
use Keying::*;

/// The statements in the order they are asked. Areas are interleaved so the quiz does not
/// feel like seven small tests in a row; the catalog holds the text at the same positions.
pub const BANK: [Statement; 28] = [
    s("safety-real-self", Safety, Agree),
    s("sharing-true-feelings", Sharing, Agree),
    s("understanding-gets-me", Understanding, Agree),
    s("support-on-my-side", Support, Agree),
    s("closeness-team", Closeness, Agree),
    s("time-just-us", Time, Agree),
    s("affection-small-ways", Affection, Agree),
    s("safety-no-judging", Safety, Agree),
    s("sharing-keep-worries", Sharing, Reverse),
    s("understanding-not-understood", Understanding, Reverse),
    s("support-on-my-own", Support, Reverse),
    s("closeness-far-away", Closeness, Reverse),
    s("time-screens", Time, Reverse),
    s("affection-touch", Affection, Agree),
    s("safety-hide-parts", Safety, Reverse),
    s("sharing-hopes-fears", Sharing, Agree),
    s("understanding-listens", Understanding, Agree),
    s("support-cares", Support, Reverse),
    s("closeness-think-warmly", Closeness, Agree),
    s("time-enjoy-together", Time, Agree),
    s("affection-faded", Affection, Reverse),
    s("safety-admit-mistakes", Safety, Agree),
    s("sharing-confide-elsewhere", Sharing, Reverse),
    s("understanding-both-sides", Understanding, Agree),
    s("support-want-good", Support, Agree),
    s("closeness-trust", Closeness, Agree),
    s("time-days-without-talking", Time, Reverse),
    s("affection-told-matter", Affection, Agree),
];

/// How many scored statements the quiz asks (the bank; the safety check comes after).
pub const QUESTION_COUNT: usize = BANK.len();

/// The safety check: statements asked after the bank, at positions from [`QUESTION_COUNT`].
/// Agreeing with any of them means the visitor may not feel safe with their partner. They
/// count in no area and no score, and never go into a partner code or an export.
pub const SAFETY_CHECK: [&str; 3] = ["check-afraid", "check-hurt", "check-controlled"];

/// Every step of the quiz: the bank, then the safety check.
pub const ASKED: usize = QUESTION_COUNT + SAFETY_CHECK.len();

/// The saved id of the statement at a quiz position (bank or safety check).
pub fn asked_id(position: usize) -> Option<&'static str> {
    match BANK.get(position) {
        Some(s) => Some(s.id),
        None => SAFETY_CHECK.get(position.checked_sub(QUESTION_COUNT)?).copied(),
    }
}

/// True for a position in the safety check.
pub fn is_check(position: usize) -> bool {
    (QUESTION_COUNT..ASKED).contains(&position)
}

/// Finds a statement's quiz position by its saved id (bank or safety check).
pub fn position_of(id: &str) -> Option<usize> {
    (0..ASKED).find(|&p| asked_id(p) == Some(id))
}

/// The statements that belong to one area, in bank order.
pub fn statements_in(area: AreaId) -> impl Iterator<Item = &'static Statement> {
    BANK.iter().filter(move |s| s.area == area)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn ids_are_unique() {
        let ids: HashSet<_> = BANK.iter().map(|s| s.id).collect();
        assert_eq!(ids.len(), BANK.len());
    }

    #[test]
    fn every_area_has_three_to_five_statements() {
        for area in AREAS {
            let n = statements_in(area).count();
            assert!((3..=5).contains(&n), "{area:?} has {n} statements");
        }
    }

    #[test]
    fn a_quarter_of_the_bank_is_reverse_keyed() {
        // The seed's signs of lacking intimacy become reverse-keyed statements: at least a
        // quarter of the bank, so an agree-to-everything pattern cannot score 100.
        let reverse = BANK.iter().filter(|s| s.keying == Keying::Reverse).count();
        assert!(reverse * 4 >= BANK.len(), "only {reverse} reverse-keyed");
    }

    #[test]
    fn ids_are_prefixed_by_their_area() {
        for s in BANK {
            assert!(s.id.starts_with(s.area.key()), "{} is not in {:?}", s.id, s.area);
        }
    }

    #[test]
    fn area_index_matches_its_position() {
        for (i, a) in AREAS.iter().enumerate() {
            assert_eq!(a.index(), i);
        }
    }

    #[test]
    fn position_of_finds_every_id_and_rejects_unknown() {
        for (i, s) in BANK.iter().enumerate() {
            assert_eq!(position_of(s.id), Some(i));
        }
        for (i, id) in SAFETY_CHECK.iter().enumerate() {
            assert_eq!(position_of(id), Some(QUESTION_COUNT + i));
            assert!(is_check(QUESTION_COUNT + i));
        }
        assert_eq!(position_of("no-such-question"), None);
        assert_eq!(asked_id(ASKED), None);
        assert!(!is_check(QUESTION_COUNT - 1) && !is_check(ASKED));
    }

    #[test]
    fn the_safety_check_is_short_last_and_in_no_area() {
        assert!((2..=4).contains(&SAFETY_CHECK.len()));
        for id in SAFETY_CHECK {
            assert!(BANK.iter().all(|s| s.id != id), "{id} is also in the bank");
            assert!(AREAS.iter().all(|a| !id.starts_with(a.key())), "{id} looks like an area's");
        }
    }
}
