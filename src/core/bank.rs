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
    /// Added in bank 2 (0.5.0), last, so the seven older areas keep their positions.
    Repair,
}

/// How many areas there are.
pub const AREA_COUNT: usize = 8;

/// Every area, in the order the visitor meets them.
pub const AREAS: [AreaId; AREA_COUNT] = [
    AreaId::Safety,
    AreaId::Sharing,
    AreaId::Understanding,
    AreaId::Support,
    AreaId::Closeness,
    AreaId::Time,
    AreaId::Affection,
    AreaId::Repair,
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
            AreaId::Repair => "repair",
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

/// Which version of the bank this build asks. Bank 1 (0.4.0 and earlier) had seven areas
/// and 28 statements. Bank 2 added the repair area and eight statements (three for repair,
/// two in place of retired ones, three more for the visitor's own side), and retired two.
pub const BANK_VERSION: u8 = 2;

/// The statements in the order they are asked. Areas are interleaved so the quiz does not
/// feel like eight small tests in a row; the catalog holds the text at the same positions.
pub const BANK: [Statement; 34] = [
    s("safety-real-self", Safety, Agree),
    s("sharing-true-feelings", Sharing, Agree),
    s("understanding-gets-me", Understanding, Agree),
    s("support-on-my-side", Support, Agree),
    s("closeness-team", Closeness, Agree),
    s("time-just-us", Time, Agree),
    s("affection-small-ways", Affection, Agree),
    s("repair-find-way-back", Repair, Agree),
    s("safety-no-judging", Safety, Agree),
    s("sharing-keep-worries", Sharing, Reverse),
    s("understanding-not-understood", Understanding, Reverse),
    s("support-on-my-own", Support, Reverse),
    s("closeness-far-away", Closeness, Reverse),
    s("time-screens", Time, Reverse),
    s("affection-touch", Affection, Agree),
    s("repair-hurt-lingers", Repair, Reverse),
    s("safety-hide-parts", Safety, Reverse),
    s("sharing-hopes-fears", Sharing, Agree),
    s("understanding-listens", Understanding, Agree),
    s("support-notices-hard-day", Support, Agree),
    s("closeness-think-warmly", Closeness, Agree),
    s("time-enjoy-together", Time, Agree),
    s("affection-faded", Affection, Reverse),
    s("repair-accept-sorry", Repair, Agree),
    s("safety-admit-mistakes", Safety, Agree),
    s("sharing-turn-to-partner", Sharing, Agree),
    s("understanding-both-sides", Understanding, Agree),
    s("support-want-good", Support, Agree),
    s("closeness-trust", Closeness, Agree),
    s("time-days-without-talking", Time, Reverse),
    s("affection-told-matter", Affection, Agree),
    // The visitor's own side: knowing their partner's world, responding, and being turned to.
    s("understanding-know-their-world", Understanding, Agree),
    s("support-i-listen", Support, Agree),
    s("closeness-turn-toward", Closeness, Agree),
];

/// Statements bank 1 asked and bank 2 no longer does (their meaning was unsound, so their
/// ids are never reused). A visitor's answers to them are kept in their save, and count in
/// no score.
pub const RETIRED: [&str; 2] = ["support-cares", "sharing-confide-elsewhere"];

/// How many scored statements the quiz asks (the bank; the safety check comes after).
pub const QUESTION_COUNT: usize = BANK.len();

/// The safety check: statements asked after the bank, at positions from [`QUESTION_COUNT`].
/// Agreeing with any of them means the visitor may not feel safe with their partner. They
/// count in no area and no score, and never go into a partner code or an export.
pub const SAFETY_CHECK: [&str; 3] = ["check-afraid", "check-hurt", "check-controlled"];

/// Every step of the quiz: the bank, then the safety check.
pub const ASKED: usize = QUESTION_COUNT + SAFETY_CHECK.len();

/// Every statement an answer can be kept for: those asked, then the retired ones.
pub const STORED: usize = ASKED + RETIRED.len();

/// The saved id of the statement at a stored position: the bank, the safety check, then
/// the retired statements (usable when compiling).
pub const fn stored_id(p: usize) -> &'static str {
    if p < QUESTION_COUNT {
        BANK[p].id
    } else if p < ASKED {
        SAFETY_CHECK[p - QUESTION_COUNT]
    } else {
        RETIRED[p - ASKED]
    }
}

/// The saved id of the statement at a quiz position (bank or safety check).
pub fn asked_id(position: usize) -> Option<&'static str> {
    (position < ASKED).then(|| stored_id(position))
}

/// True for a position in the safety check.
pub fn is_check(position: usize) -> bool {
    (QUESTION_COUNT..ASKED).contains(&position)
}

/// Finds a statement's stored position by its saved id (bank, safety check or retired).
pub fn position_of(id: &str) -> Option<usize> {
    (0..STORED).find(|&p| stored_id(p) == id)
}

/// Bank 1's statements in the order it asked them: the order of the answers in a partner
/// code of format 1. Only the stored positions they map to are in the build.
#[cfg(test)]
pub const BANK_V1: [&str; 28] = [
    "safety-real-self", "sharing-true-feelings", "understanding-gets-me", "support-on-my-side",
    "closeness-team", "time-just-us", "affection-small-ways", "safety-no-judging",
    "sharing-keep-worries", "understanding-not-understood", "support-on-my-own",
    "closeness-far-away", "time-screens", "affection-touch", "safety-hide-parts",
    "sharing-hopes-fears", "understanding-listens", "support-cares", "closeness-think-warmly",
    "time-enjoy-together", "affection-faded", "safety-admit-mistakes",
    "sharing-confide-elsewhere", "understanding-both-sides", "support-want-good",
    "closeness-trust", "time-days-without-talking", "affection-told-matter",
];

/// True for a statement bank 2 added: what a visitor who finished bank 1 is asked on return.
pub fn is_new_in_bank_2(position: usize) -> bool {
    position < QUESTION_COUNT && !V1_POSITIONS.contains(&(position as u8))
}

/// Where each of bank 1's statements is stored now, in bank 1's order (a test checks it
/// against [`BANK_V1`]).
pub const V1_POSITIONS: [u8; 28] = [
    0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 16, 17, 18, 37, 20, 21, 22, 24, 38, 26, 27, 28, 29, 30,
];

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
        let ids: HashSet<_> = (0..STORED).map(stored_id).collect();
        assert_eq!(ids.len(), STORED);
    }

    #[test]
    fn eight_areas_each_with_a_reverse_keyed_statement_and_at_most_34_statements() {
        assert_eq!(AREAS.len(), 8);
        assert!(QUESTION_COUNT <= 34, "{QUESTION_COUNT} statements: the quiz would take too long");
        for area in AREAS {
            assert!(statements_in(area).any(|s| s.keying == Keying::Reverse), "{area:?}");
            assert!(statements_in(area).any(|s| s.keying == Keying::Agree), "{area:?}");
        }
    }

    #[test]
    fn bank_1_maps_onto_the_stored_positions_and_retired_ids_are_never_asked() {
        for (id, &p) in BANK_V1.iter().zip(&V1_POSITIONS) {
            assert_eq!(stored_id(p.into()), *id);
        }
        for id in RETIRED {
            assert!(BANK_V1.contains(&id), "{id} was never asked");
            assert!(position_of(id).unwrap() >= ASKED, "{id} is still asked");
        }
        let new = (0..STORED).filter(|&p| is_new_in_bank_2(p)).count();
        assert_eq!(new, QUESTION_COUNT - (BANK_V1.len() - RETIRED.len()), "eight new statements");
        // Every statement of bank 1 that is still asked keeps its meaning, so its answer counts.
        let kept = BANK_V1.iter().filter(|id| !RETIRED.contains(id)).count();
        assert_eq!(kept + RETIRED.len(), BANK_V1.len());
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
        assert_eq!(position_of(RETIRED[0]), Some(ASKED));
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
