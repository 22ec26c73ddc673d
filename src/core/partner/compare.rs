//! Two views side by side: how far apart each area is, what you share, where you both want
//! more, the statements you answered furthest apart, and the view a plan for two is made
//! from. No single couple score, no "who is right".

use crate::core::bank::AREA_COUNT;
use super::code::PartnerView;
use crate::core::answer::Answers;
use crate::core::bank::{AreaId, AREAS, BANK, QUESTION_COUNT};
use crate::core::scoring::{AreaScore, Results, GROWING_FROM, STRONG_FROM};
use crate::core::sort::sort_by_key_small;

/// How far apart two views of one area are, in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Under 12.5 points: less than two answer steps.
    Similar,
    /// 12.5 to under 25 points.
    WorthTalking,
    /// 25 points or more.
    GoodPlaceToStart,
}

impl Gap {
    /// Scores are whole numbers, so "under 12.5" is 12 or less.
    pub fn between(a: u8, b: u8) -> Gap {
        match a.abs_diff(b) {
            0..=12 => Gap::Similar,
            13..=24 => Gap::WorthTalking,
            _ => Gap::GoodPlaceToStart,
        }
    }
}

/// One area, both views.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AreaPair {
    pub area: AreaId,
    pub mine: Option<u8>,
    pub theirs: Option<u8>,
}

impl AreaPair {
    pub fn gap(&self) -> Option<Gap> {
        Some(Gap::between(self.mine?, self.theirs?))
    }

    /// What a plan for two works from: the lower view, lowered further by half the gap, so
    /// an area either of you finds hard, or that you see very differently, comes first.
    pub fn combined(&self) -> Option<u8> {
        match (self.mine, self.theirs) {
            (Some(a), Some(b)) => Some(a.min(b).saturating_sub(a.abs_diff(b) / 2)),
            (a, b) => a.or(b),
        }
    }
}

/// Everything the comparison screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub areas: [AreaPair; AREA_COUNT],
    /// Both 70 or more.
    pub strengths: Vec<AreaId>,
    /// Both under 45.
    pub both_want_more: Vec<AreaId>,
    /// Up to five statements (bank positions) answered furthest apart, at least two steps,
    /// furthest first; only when the partner shared their answers.
    pub furthest: Vec<usize>,
}

/// Compares this visitor's answers with what their partner shared.
pub fn compare(mine: &Answers, theirs: &PartnerView) -> Comparison {
    let own = PartnerView::of(mine, false);
    let areas: [AreaPair; AREA_COUNT] =
        std::array::from_fn(|i| AreaPair { area: AREAS[i], mine: own.scores[i], theirs: theirs.scores[i] });
    let both = |ok: fn(u8) -> bool| -> Vec<AreaId> {
        areas.iter().filter(|p| p.mine.is_some_and(ok) && p.theirs.is_some_and(ok)).map(|p| p.area).collect()
    };
    Comparison {
        areas,
        strengths: both(|s| s >= STRONG_FROM),
        both_want_more: both(|s| s < GROWING_FROM),
        furthest: theirs.answers.as_ref().map_or_else(Vec::new, |t| furthest_apart(mine, t)),
    }
}

/// Statements answered at least two steps apart, furthest first (bank order among equals),
/// at most five.
pub fn furthest_apart(mine: &Answers, theirs: &Answers) -> Vec<usize> {
    let mut apart: Vec<(u8, usize)> = (0..QUESTION_COUNT)
        .filter_map(|q| {
            let d = mine.get(q)?.value().abs_diff(theirs.get(q)?.value());
            (d >= 2).then_some((d, q))
        })
        .collect();
    // Small and stable: at most 28 entries.
    sort_by_key_small(&mut apart, |&(d, q)| (std::cmp::Reverse(d), q));
    apart.into_iter().take(5).map(|(_, q)| q).collect()
}

/// The results a plan for two is made from: each area at its combined view.
pub fn combined_results(comparison: &Comparison) -> Results {
    let scores: Vec<Option<u8>> = comparison.areas.iter().map(AreaPair::combined).collect();
    results_from_scores(&scores)
}

/// Results from area scores alone (in bank order), as if every statement were answered.
pub fn results_from_scores(scores: &[Option<u8>]) -> Results {
    let areas: Vec<AreaScore> = AREAS
        .iter()
        .zip(scores.iter().chain(std::iter::repeat(&None)))
        .map(|(&area, &score)| {
            let asked = BANK.iter().filter(|s| s.area == area).count();
            AreaScore { area, score, answered: asked, asked }
        })
        .collect();
    let scored: Vec<u32> = areas.iter().filter_map(|a| a.score).map(u32::from).collect();
    let overall = (!scored.is_empty()).then(|| (scored.iter().sum::<u32>() / scored.len() as u32) as u8);
    Results { areas, overall }
}

/// Why the plan for two chose its first areas: the two it weighs most, each with its reason.
pub fn plan_focus(comparison: &Comparison) -> Vec<(AreaId, FocusReason)> {
    let mut order: Vec<&AreaPair> = comparison.areas.iter().filter(|p| p.combined().is_some()).collect();
    sort_by_key_small(&mut order, |p| (p.combined(), p.area.index()));
    order
        .into_iter()
        .take(2)
        .map(|p| {
            let reason = match p.gap() {
                Some(Gap::Similar) | None => FocusReason::BothLow,
                Some(_) => FocusReason::SeenDifferently,
            };
            (p.area, reason)
        })
        .collect()
}

/// Why an area comes first in a plan for two.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FocusReason {
    BothLow,
    SeenDifferently,
}

#[cfg(test)]
mod tests;
