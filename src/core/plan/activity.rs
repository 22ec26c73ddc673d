//! What an activity in the rebuild plan is: its area, kind, time, rhythm and depth.
//! The words (title, steps, why) live in the catalog.

use crate::core::bank::AreaId;

/// The kind of thing an activity asks, so a visitor can leave out what they are not open to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Talking and listening.
    Talking,
    /// Time set aside for the two of you.
    TimeTogether,
    /// Non-sexual touch: hugs, holding hands, a massage.
    Touch,
    /// Being fully there: phones away, attention on each other.
    Presence,
    /// Showing thanks and love in words and small acts.
    Appreciation,
    /// Thinking or writing on your own.
    Reflection,
}

impl Kind {
    /// Every kind, in the order the plan form lists them.
    pub const ALL: [Kind; 6] = [
        Kind::Talking,
        Kind::TimeTogether,
        Kind::Touch,
        Kind::Presence,
        Kind::Appreciation,
        Kind::Reflection,
    ];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The name saved data uses for this kind.
    pub fn key(self) -> &'static str {
        match self {
            Kind::Talking => "talking",
            Kind::TimeTogether => "time-together",
            Kind::Touch => "touch",
            Kind::Presence => "presence",
            Kind::Appreciation => "appreciation",
            Kind::Reflection => "reflection",
        }
    }

    /// The kind a saved name stands for.
    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// How often an activity is done.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cadence {
    /// A small habit, every day of the week it is planned for.
    Daily,
    /// Once in the week it is planned for.
    Weekly,
    /// Once in the whole plan.
    Once,
}

/// Who takes part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Who {
    /// Needs both partners.
    Together,
    /// One person can do it on their own (and it often invites the other in).
    Solo,
}

/// One activity in the library.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Activity {
    /// Stable id, kept in saved plans: never reuse one for a different activity.
    pub id: &'static str,
    /// The area it strengthens most.
    pub area: AreaId,
    pub kind: Kind,
    /// Minutes it takes each time.
    pub minutes: u8,
    pub cadence: Cadence,
    pub who: Who,
    /// 1 = a small first step, 2 = a bit more, 3 = a deeper step.
    pub depth: u8,
    /// What the activity asks of the relationship, one bit each ([`NEEDS_SAFETY`], …): the
    /// plan generator leaves activities out by these, so what is safe is a rule, not a hope.
    pub tags: u8,
}

/// Asks the visitor to open up, be vulnerable, touch, or make up after a quarrel: only for a
/// visitor who feels safe with their partner. Never planned when the safety check says
/// otherwise.
pub const NEEDS_SAFETY: u8 = 1;
/// Asks the visitor to share something they usually keep back: never in the first week for
/// a visitor who does not feel safe to be themselves.
pub const DISCLOSURE: u8 = 2;
/// Reaches out (with touch) soon after a tense moment: left out for a visitor who does not
/// feel safe to be themselves.
pub const AFTER_TENSION: u8 = 4;
/// For the visitor themself: their own support and wellbeing, with no partner involved.
/// These alone make the plan of a visitor who may not be safe, and no other plan has them.
pub const FOR_YOU: u8 = 8;

impl Activity {
    /// True when the activity carries every bit of `tags`.
    pub fn has(&self, tags: u8) -> bool {
        self.tags & tags == tags
    }

    /// The same activity with `tags` added (for the library's table).
    pub const fn tagged(self, tags: u8) -> Activity {
        Activity { tags: self.tags | tags, ..self }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_keys_are_the_saved_names_and_read_back() {
        let keys: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
        assert_eq!(keys, ["talking", "time-together", "touch", "presence", "appreciation", "reflection"]);
        for k in Kind::ALL {
            assert_eq!(Kind::from_key(k.key()), Some(k));
        }
        assert_eq!(Kind::from_key("Talking"), None);
    }
}
