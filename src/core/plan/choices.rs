//! What the visitor chooses before a plan is made: how long, how much time a day, which
//! kinds of activity, and whether their partner joins in.

use super::activity::Kind;

/// Plan lengths on offer, in weeks.
pub const WEEK_OPTIONS: [u8; 3] = [2, 4, 8];
/// Minutes a day on offer.
pub const MINUTE_OPTIONS: [u8; 3] = [5, 15, 30];

/// Whether the partner takes part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Partner {
    /// Both partners join in.
    Together,
    /// The visitor starts alone: only activities one person can do.
    Alone,
}

impl Partner {
    /// The name saved data uses.
    pub fn key(self) -> &'static str {
        match self {
            Partner::Together => "together",
            Partner::Alone => "alone",
        }
    }

    /// The choice a saved name stands for.
    pub fn from_key(key: &str) -> Option<Partner> {
        [Partner::Together, Partner::Alone].into_iter().find(|p| p.key() == key)
    }
}

/// A set of activity kinds, one bit each (six kinds fit a byte).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindSet(u8);

impl KindSet {
    pub fn new() -> KindSet {
        KindSet(0)
    }

    fn bit(kind: Kind) -> u8 {
        1 << kind.index()
    }

    pub fn contains(&self, kind: &Kind) -> bool {
        self.0 & KindSet::bit(*kind) != 0
    }

    /// Adds `kind`; returns whether it was new.
    pub fn insert(&mut self, kind: Kind) -> bool {
        let new = !self.contains(&kind);
        self.0 |= KindSet::bit(kind);
        new
    }

    /// Takes `kind` out; returns whether it was there.
    pub fn remove(&mut self, kind: &Kind) -> bool {
        let had = self.contains(kind);
        self.0 &= !KindSet::bit(*kind);
        had
    }

    pub fn len(&self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(&self) -> bool {
        self.0 == 0
    }

    /// The kinds in the set, in the order of [`Kind::ALL`].
    pub fn iter(&self) -> impl Iterator<Item = Kind> + '_ {
        Kind::ALL.into_iter().filter(|k| self.contains(k))
    }
}

impl FromIterator<Kind> for KindSet {
    fn from_iter<I: IntoIterator<Item = Kind>>(kinds: I) -> KindSet {
        let mut set = KindSet::new();
        for k in kinds {
            set.insert(k);
        }
        set
    }
}

/// The visitor's choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanChoices {
    pub weeks: u8,
    pub minutes_per_day: u8,
    /// The kinds of activity the visitor is open to.
    pub kinds: KindSet,
    pub partner: Partner,
}

impl Default for PlanChoices {
    fn default() -> Self {
        PlanChoices {
            weeks: 4,
            minutes_per_day: 15,
            kinds: Kind::ALL.into_iter().collect(),
            partner: Partner::Together,
        }
    }
}

impl PlanChoices {
    /// Brings values from a saved or hand-edited state back onto the offered options.
    pub fn normalised(mut self) -> Self {
        if !WEEK_OPTIONS.contains(&self.weeks) {
            self.weeks = PlanChoices::default().weeks;
        }
        if !MINUTE_OPTIONS.contains(&self.minutes_per_day) {
            self.minutes_per_day = PlanChoices::default().minutes_per_day;
        }
        self
    }

    /// How many activities a week gets, besides its daily habit.
    pub fn slots_per_week(&self) -> usize {
        match self.minutes_per_day {
            0..=5 => 3,
            6..=15 => 4,
            _ => 5,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_offered_options() {
        let c = PlanChoices::default();
        assert!(WEEK_OPTIONS.contains(&c.weeks));
        assert!(MINUTE_OPTIONS.contains(&c.minutes_per_day));
        assert_eq!(c.kinds.len(), Kind::ALL.len());
    }

    #[test]
    fn normalising_fixes_odd_values() {
        let c = PlanChoices { weeks: 3, minutes_per_day: 200, ..PlanChoices::default() }.normalised();
        assert_eq!((c.weeks, c.minutes_per_day), (4, 15));
        let c = PlanChoices { weeks: 8, minutes_per_day: 5, ..PlanChoices::default() }.normalised();
        assert_eq!((c.weeks, c.minutes_per_day), (8, 5));
    }

    #[test]
    fn more_time_means_more_activities() {
        let slots: Vec<_> = MINUTE_OPTIONS
            .iter()
            .map(|&m| PlanChoices { minutes_per_day: m, ..PlanChoices::default() }.slots_per_week())
            .collect();
        assert!(slots.windows(2).all(|w| w[0] < w[1]));
    }
}
