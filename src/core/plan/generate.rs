//! Turning a quiz result and the visitor's choices into a week-by-week plan.
//!
//! Pure and deterministic: the same result, choices and seed always give the same plan.
//! The rules, each tested below over many random inputs:
//! - the weakest areas come first and get the most activities;
//! - no day asks for more minutes than the visitor said they have;
//! - no activity of a kind the visitor left out, and only solo activities when they start alone;
//! - an activity appears once a week at most (a daily habit once, on the days with room);
//! - the first week holds small steps and later weeks go deeper;
//! - strong results still get a plan, to keep things strong;
//! - the [`Care`] the answers call for decides what may be planned at all: a visitor who may
//!   not be safe gets a plan for themself alone, with no activity that needs safety; one who
//!   does not feel safe to be themself gets nothing right after a tense moment and no sharing
//!   of what they keep back in the first week.

use super::activity::{Activity, Cadence, Who, AFTER_TENSION, DISCLOSURE, FOR_YOU, NEEDS_SAFETY};
use super::choices::{Partner, PlanChoices};
use super::library::ACTIVITIES;
use super::{PlanWeek, PlannedActivity};
use crate::core::bank::AreaId;
use crate::core::safety::Care;
use crate::core::scoring::Results;
use crate::core::sort::sort_by_key_small;

/// Why no plan could be made, so the visitor can be told what to change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanProblem {
    /// Every kind of activity was left out.
    NothingAllowed,
    /// Too few activities fit the time and kinds chosen.
    NothingFits,
    /// The kinds chosen all need both partners, and the visitor starts alone.
    NeedsPartner,
}

/// Which focus area each slot of a week goes to, by rank (0 = weakest). The weakest area
/// also gets the daily habit, so it always has the most.
const SLOT_PATTERN: [usize; 5] = [0, 1, 0, 2, 1];

/// A daily habit runs on every day with room for it, and at least this many.
pub const MIN_HABIT_DAYS: usize = 4;

fn is_daily(id: &str) -> bool {
    super::activity(id).is_some_and(|a| a.cadence == Cadence::Daily)
}

/// A small, well-mixed generator (SplitMix64): deterministic for a seed, no dependency.
pub(crate) struct Rng(pub(crate) u64);

impl Rng {
    pub(crate) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
}

/// The deepest step allowed in `week` of a plan `weeks` long: 1 at the start, 3 at the end.
pub fn depth_cap(week: usize, weeks: usize) -> u8 {
    if weeks <= 1 {
        return 3;
    }
    // round(2 * week / (weeks - 1)), in integers
    1 + ((4 * week + (weeks - 1)) / (2 * (weeks - 1))) as u8
}

/// Areas from weakest to strongest; areas without a score go last, in quiz order.
pub fn focus_areas(results: &Results) -> Vec<AreaId> {
    results.weakest_first().iter().map(|a| a.area).collect()
}

impl Care {
    /// The choices a plan is made with: a visitor who may not be safe starts alone, whatever
    /// the form said.
    pub fn choices(self, choices: &PlanChoices) -> PlanChoices {
        match self {
            Care::Safety => PlanChoices { partner: Partner::Alone, ..choices.clone() },
            _ => choices.clone(),
        }
    }

    /// Whether an activity may be in a plan made with this care at all.
    pub fn allows(self, a: &Activity) -> bool {
        match self {
            Care::Safety => a.has(FOR_YOU) && !a.has(NEEDS_SAFETY),
            Care::Gentle => !a.has(FOR_YOU) && !a.has(AFTER_TENSION),
            Care::Usual => !a.has(FOR_YOU),
        }
    }

    /// Tags left out of one week of the plan (0-based), beyond what [`Care::allows`] leaves out.
    fn leaves_out(self, week: usize) -> u8 {
        match self {
            Care::Gentle if week == 0 => DISCLOSURE,
            _ => 0,
        }
    }
}

/// The activities these choices allow at all.
pub fn allowed(choices: &PlanChoices, care: Care) -> impl Iterator<Item = &'static Activity> + '_ {
    ACTIVITIES.iter().filter(move |a| {
        care.allows(a)
            && choices.kinds.contains(&a.kind)
            && a.minutes <= choices.minutes_per_day
            && (choices.partner == Partner::Together || a.who == Who::Solo)
    })
}

/// Makes the plan's weeks.
pub fn generate(results: &Results, choices: &PlanChoices, care: Care, seed: u64) -> Result<Vec<PlanWeek>, PlanProblem> {
    if choices.kinds.is_empty() {
        return Err(PlanProblem::NothingAllowed);
    }
    let choices = &care.choices(choices);
    let pool: Vec<&Activity> = allowed(choices, care).collect();
    if pool.is_empty() {
        let together = PlanChoices { partner: Partner::Together, ..choices.clone() };
        let with_partner = care != Care::Safety && allowed(&together, care).next().is_some();
        return Err(if with_partner { PlanProblem::NeedsPartner } else { PlanProblem::NothingFits });
    }
    let mut focus = focus_areas(results);
    if care == Care::Safety {
        // The visitor's own support comes first: that is where their activities are.
        sort_by_key_small(&mut focus, |&a| a != AreaId::Support);
    }
    let weeks = usize::from(choices.weeks);
    let mut planner = Planner {
        pool,
        budget: choices.minutes_per_day,
        rng: Rng(seed ^ 0x5EED_1DEA_u64),
        used: Vec::new(),
    };
    let mut plan = Vec::with_capacity(weeks);
    for w in 0..weeks {
        let leave_out = care.leaves_out(w);
        let mut week = planner.week(&focus, choices.slots_per_week(), depth_cap(w, weeks), leave_out);
        if week.items.is_empty() {
            // Too little at this depth: let this week reach deeper rather than be empty.
            week = planner.week(&focus, choices.slots_per_week(), 3, leave_out);
        }
        if week.items.is_empty() {
            return Err(PlanProblem::NothingFits);
        }
        plan.push(week);
    }
    Ok(plan)
}

/// Looks for another valid plan for the same result and choices, moving the seed on.
/// `None` when the choices leave room for only one plan.
pub fn different(
    results: &Results,
    choices: &PlanChoices,
    care: Care,
    seed: u64,
    current: &[PlanWeek],
) -> Option<(u64, Vec<PlanWeek>)> {
    (1..=32u64).find_map(|step| {
        let next = seed.wrapping_add(step);
        generate(results, choices, care, next).ok().filter(|w| w != current).map(|w| (next, w))
    })
}

struct Planner {
    pool: Vec<&'static Activity>,
    budget: u8,
    rng: Rng,
    /// How often each activity has been planned so far, for variety across weeks: a few
    /// dozen entries at most, so a list is enough.
    used: Vec<(&'static str, usize)>,
}

impl Planner {
    /// One week: `leave_out` names tags no activity of this week may carry.
    fn week(&mut self, focus: &[AreaId], slots: usize, cap: u8, leave_out: u8) -> PlanWeek {
        let mut load = [0u8; 7];
        let mut this_week: Vec<&'static str> = Vec::new();
        let mut items: Vec<PlannedActivity> = Vec::new();

        // The week's steps first, so that one taking all of a day's minutes still fits.
        for slot in 0..slots {
            let rank = SLOT_PATTERN[slot % SLOT_PATTERN.len()];
            // The slot's own area first; if nothing fits there, the weakest areas next.
            let order: Vec<AreaId> = focus.get(rank).into_iter().chain(focus.iter()).copied().collect();
            let mut placed = None;
            // The first slot is the week's stretch: as deep as the week allows.
            let stretch = slot == 0;
            // A stretch that would be only a first step looks on in the other areas for a
            // deeper one that fits, so a short day still lets the plan go deeper over time.
            let mut shallow: Option<&'static Activity> = None;
            for &area in &order {
                let candidates =
                    self.ranked(area, cap, stretch, &this_week, |a| a.cadence != Cadence::Daily && a.tags & leave_out == 0);
                let Some(a) = candidates.into_iter().find(|a| self.fits_a_day(a, &load)) else { continue };
                if stretch && a.depth == 1 && cap > 1 {
                    shallow = shallow.or(Some(a));
                    continue;
                }
                placed = self.place(a, &mut load);
                break;
            }
            if placed.is_none() {
                placed = shallow.and_then(|a| self.place(a, &mut load));
            }
            if let Some(item) = placed {
                this_week.push(item.activity_id);
                items.push(item.planned);
            }
        }

        // Then a small daily habit for the weakest area, on every day with room left. Another
        // area's habit only when nothing else could be planned, so a week is never empty.
        let habit_areas: Vec<AreaId> = if items.is_empty() { focus.to_vec() } else { focus.iter().take(1).copied().collect() };
        for area in habit_areas {
            let habits = self.ranked(area, cap, false, &this_week, |a| a.cadence == Cadence::Daily && a.tags & leave_out == 0);
            if let Some(item) = habits.into_iter().find_map(|a| self.place(a, &mut load)) {
                this_week.push(item.activity_id);
                items.push(item.planned);
                break;
            }
        }

        for id in this_week {
            match self.used.iter_mut().find(|(u, _)| *u == id) {
                Some((_, n)) => *n += 1,
                None => self.used.push((id, 1)),
            }
        }
        // The daily habit first, then by the first day planned.
        sort_by_key_small(&mut items, |i| (!is_daily(&i.activity), i.days.first().copied()));
        PlanWeek { items }
    }

    /// An area's candidates, best first: least used so far and closest to this week's depth
    /// (or, for a `stretch`, deepest first), ties broken by the seed.
    fn ranked(
        &mut self,
        area: AreaId,
        cap: u8,
        stretch: bool,
        this_week: &[&'static str],
        keep: impl Fn(&Activity) -> bool,
    ) -> Vec<&'static Activity> {
        let mut list: Vec<(usize, u64, &'static Activity)> = self
            .pool
            .iter()
            .filter(|a| a.area == area && a.depth <= cap && keep(a) && !this_week.contains(&a.id))
            .filter(|a| a.cadence != Cadence::Once || self.times_used(a.id) == 0)
            .map(|&a| {
                let used = self.times_used(a.id);
                let distance = usize::from(cap - a.depth);
                let score = if stretch { distance * 100 + used } else { used + distance };
                (score, 0, a)
            })
            .collect();
        for entry in &mut list {
            entry.1 = self.rng.next();
        }
        sort_by_key_small(&mut list, |&(score, tie, a)| (score, tie, a.id));
        list.into_iter().map(|(_, _, a)| a).collect()
    }

    fn times_used(&self, id: &str) -> usize {
        self.used.iter().find(|(u, _)| *u == id).map_or(0, |(_, n)| *n)
    }

    /// Whether a weekly or one-off activity fits the minutes left on some day.
    fn fits_a_day(&self, a: &Activity, load: &[u8; 7]) -> bool {
        load.iter().any(|&l| u16::from(l) + u16::from(a.minutes) <= u16::from(self.budget))
    }

    /// Puts an activity on the least busy day(s) where it fits the daily minutes.
    fn place(&mut self, a: &'static Activity, load: &mut [u8; 7]) -> Option<Placed> {
        let fits = |l: u8| u16::from(l) + u16::from(a.minutes) <= u16::from(self.budget);
        let days: Vec<u8> = if a.cadence == Cadence::Daily {
            let free: Vec<u8> = (0..7u8).filter(|&d| fits(load[usize::from(d)])).collect();
            if free.len() < MIN_HABIT_DAYS {
                return None;
            }
            free
        } else {
            let least = (0..7u8).filter(|&d| fits(load[usize::from(d)])).map(|d| load[usize::from(d)]).min()?;
            let tied: Vec<u8> = (0..7u8).filter(|&d| load[usize::from(d)] == least).collect();
            vec![tied[(self.rng.next() % tied.len() as u64) as usize]]
        };
        for &d in &days {
            load[usize::from(d)] += a.minutes;
        }
        Some(Placed { activity_id: a.id, planned: PlannedActivity { activity: a.id.to_string(), days } })
    }
}

struct Placed {
    activity_id: &'static str,
    planned: PlannedActivity,
}

#[cfg(test)]
mod tests;
