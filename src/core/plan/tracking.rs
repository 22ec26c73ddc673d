//! What the visitor has done with their plan: the ticked activities and a note per week.

use super::RebuildPlan;

/// The longest note kept per week, in characters: a note, not a diary.
pub const NOTE_MAX_CHARS: usize = 2000;

/// Ticks and notes for one plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanTracking {
    /// Done occurrences, as "week:activity:day" (all 0-based): sorted, each once (a sorted
    /// `Vec` is a set here; a plan has at most a few hundred occurrences).
    pub done: Vec<String>,
    /// "What did we notice?", by 0-based week: sorted by week, each week once.
    pub notes: Vec<(u8, String)>,
}

/// The key of one scheduled occurrence.
pub fn tick_key(week: usize, activity: &str, day: u8) -> String {
    format!("{week}:{activity}:{day}")
}

/// Done and total occurrences.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Tally {
    pub done: usize,
    pub total: usize,
}

impl Tally {
    /// 0–100, rounded down, for a progress bar.
    pub fn percent(self) -> usize {
        (self.done * 100).checked_div(self.total).unwrap_or(0)
    }
}

impl PlanTracking {
    pub fn is_done(&self, week: usize, activity: &str, day: u8) -> bool {
        self.done.binary_search(&tick_key(week, activity, day)).is_ok()
    }

    pub fn set_done(&mut self, week: usize, activity: &str, day: u8, done: bool) {
        let key = tick_key(week, activity, day);
        match (self.done.binary_search(&key), done) {
            (Err(at), true) => self.done.insert(at, key),
            (Ok(at), false) => drop(self.done.remove(at)),
            _ => {}
        }
    }

    /// Marks a tick by its key (as saved, or from another tab); a tick already there stays.
    pub fn add_done(&mut self, key: &str) {
        if let Err(at) = self.done.binary_search_by(|k| k.as_str().cmp(key)) {
            self.done.insert(at, key.to_string());
        }
    }

    /// Sets a week's note as typed, cut at [`NOTE_MAX_CHARS`]; an empty note is removed.
    pub fn set_note(&mut self, week: u8, text: &str) {
        if text.is_empty() {
            if let Ok(at) = self.find_note(week) {
                self.notes.remove(at);
            }
        } else {
            self.put_note(week, text.chars().take(NOTE_MAX_CHARS).collect());
        }
    }

    /// Sets a week's note exactly as given (as saved data holds it).
    pub fn put_note(&mut self, week: u8, text: String) {
        match self.find_note(week) {
            Ok(at) => self.notes[at].1 = text,
            Err(at) => self.notes.insert(at, (week, text)),
        }
    }

    /// Whether the week has a note entry (even an empty one read from a save).
    pub fn has_note(&self, week: u8) -> bool {
        self.find_note(week).is_ok()
    }

    fn find_note(&self, week: u8) -> Result<usize, usize> {
        self.notes.binary_search_by_key(&week, |(w, _)| *w)
    }

    pub fn note(&self, week: u8) -> &str {
        self.find_note(week).map_or("", |at| self.notes[at].1.as_str())
    }

    pub fn week_tally(&self, plan: &RebuildPlan, week: usize) -> Tally {
        plan.occurrences().filter(|(w, _, _)| *w == week).fold(Tally::default(), |t, (w, a, d)| Tally {
            done: t.done + usize::from(self.is_done(w, a, d)),
            total: t.total + 1,
        })
    }

    pub fn overall_tally(&self, plan: &RebuildPlan) -> Tally {
        plan.occurrences().fold(Tally::default(), |t, (w, a, d)| Tally {
            done: t.done + usize::from(self.is_done(w, a, d)),
            total: t.total + 1,
        })
    }

    /// Drops ticks and notes that no longer match the plan (after a saved plan was damaged).
    pub fn keep_only(&mut self, plan: &RebuildPlan) {
        let valid: Vec<String> = plan.occurrences().map(|(w, a, d)| tick_key(w, a, d)).collect();
        self.done.retain(|k| valid.contains(k));
        self.notes.retain(|(w, _)| usize::from(*w) < plan.weeks.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::date::Date;
    use crate::core::plan::choices::PlanChoices;
    use crate::core::plan::{PlanWeek, PlannedActivity};

    fn plan() -> RebuildPlan {
        let item = |id: &str, days: &[u8]| PlannedActivity { activity: id.into(), days: days.to_vec() };
        RebuildPlan {
            start: Date::new(2026, 1, 5).unwrap(),
            choices: PlanChoices::default(),
            seed: 0,
            for_two: None,
            resumed: Vec::new(),
            weeks: vec![
                PlanWeek { items: vec![item("a", &[0, 1, 2, 3, 4, 5, 6]), item("b", &[2])] },
                PlanWeek { items: vec![item("c", &[4])] },
            ],
        }
    }

    #[test]
    fn ticks_count_per_week_and_overall() {
        let p = plan();
        let mut t = PlanTracking::default();
        assert_eq!(t.week_tally(&p, 0), Tally { done: 0, total: 8 });
        t.set_done(0, "a", 0, true);
        t.set_done(0, "b", 2, true);
        t.set_done(1, "c", 4, true);
        assert_eq!(t.week_tally(&p, 0), Tally { done: 2, total: 8 });
        assert_eq!(t.overall_tally(&p), Tally { done: 3, total: 9 });
        assert_eq!(t.overall_tally(&p).percent(), 33);
        t.set_done(0, "b", 2, false);
        assert_eq!(t.week_tally(&p, 0).done, 1);
        assert_eq!(Tally::default().percent(), 0);
    }

    #[test]
    fn notes_are_kept_as_typed_cut_at_the_limit_and_empty_ones_removed() {
        let mut t = PlanTracking::default();
        t.set_note(0, "We laughed a lot.");
        assert_eq!(t.note(0), "We laughed a lot.");
        t.set_note(0, " ");
        assert_eq!(t.note(0), " ", "kept as typed, so a note can start with a space");
        t.set_note(0, "");
        assert_eq!(t.note(0), "");
        t.set_note(1, &"x".repeat(NOTE_MAX_CHARS + 50));
        assert_eq!(t.note(1).chars().count(), NOTE_MAX_CHARS);
    }

    #[test]
    fn keep_only_drops_what_the_plan_does_not_have() {
        let p = plan();
        let mut t = PlanTracking::default();
        t.set_done(0, "a", 3, true);
        t.set_done(0, "zzz", 3, true);
        t.set_done(5, "a", 3, true);
        t.set_note(1, "fine");
        t.set_note(9, "gone");
        t.keep_only(&p);
        assert_eq!(t.done.len(), 1);
        assert_eq!(t.notes.len(), 1);
    }
}
