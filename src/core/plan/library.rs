//! The activity library: every activity the rebuild plan can suggest. Words are in the catalog.
//!
//! Grouped by area in `AREAS` order. Ids are kept in saved plans: never reuse one for a
//! different activity. The catalog holds the words at the same positions.

use super::activity::{Activity, Cadence::*, Kind::*, Who::*};
use crate::core::bank::AreaId::*;

const fn a(
    id: &'static str,
    area: crate::core::bank::AreaId,
    kind: super::activity::Kind,
    minutes: u8,
    cadence: super::activity::Cadence,
    who: super::activity::Who,
    depth: u8,
) -> Activity {
    Activity {
        id,
        area,
        kind,
        minutes,
        cadence,
        who,
        depth,
    }
}

/// Every activity, grouped by area: seven per area.
// One activity per line, so the library reads as a table.
#[rustfmt::skip]
pub const ACTIVITIES: [Activity; 49] = [
    // Safety
    a("safety-thank-for-honesty", Safety, Appreciation, 2, Daily, Solo, 1),
    a("safety-pause-before-reacting", Safety, Reflection, 2, Daily, Solo, 1),
    a("safety-listen-without-fixing", Safety, Presence, 10, Weekly, Together, 1),
    a("safety-notice-what-helps", Safety, Reflection, 15, Once, Solo, 2),
    a("safety-reconnect-after-tension", Safety, Touch, 5, Weekly, Together, 2),
    a("safety-ground-rules", Safety, Talking, 20, Once, Together, 2),
    a("safety-share-something-hidden", Safety, Talking, 15, Weekly, Together, 3),
    // Sharing
    a("sharing-one-feeling", Sharing, Talking, 2, Daily, Solo, 1),
    a("sharing-feelings-notes", Sharing, Reflection, 5, Daily, Solo, 1),
    a("sharing-best-and-hardest", Sharing, Talking, 10, Weekly, Together, 1),
    a("sharing-dreams-walk", Sharing, TimeTogether, 30, Weekly, Together, 2),
    a("sharing-question-game", Sharing, TimeTogether, 15, Weekly, Together, 2),
    a("sharing-letter-of-hopes", Sharing, Reflection, 30, Once, Solo, 2),
    a("sharing-a-fear", Sharing, Talking, 20, Weekly, Together, 3),
    // Understanding
    a("understanding-say-it-back", Understanding, Talking, 5, Daily, Solo, 1),
    a("understanding-full-attention", Understanding, Presence, 5, Daily, Solo, 1),
    a("understanding-ask-about-their-world", Understanding, Talking, 10, Weekly, Solo, 1),
    a("understanding-their-side", Understanding, Reflection, 10, Weekly, Solo, 2),
    a("understanding-know-each-other-game", Understanding, TimeTogether, 20, Once, Together, 2),
    a("understanding-take-turns-heard", Understanding, Talking, 20, Weekly, Together, 2),
    a("understanding-feeling-misunderstood", Understanding, Talking, 15, Weekly, Together, 3),
    // Support
    a("support-real-how-are-you", Support, Talking, 2, Daily, Solo, 1),
    a("support-small-act-of-care", Support, Appreciation, 5, Daily, Solo, 1),
    a("support-be-there-hard-day", Support, Presence, 10, Weekly, Solo, 1),
    a("support-shoulder-rub", Support, Touch, 10, Weekly, Together, 2),
    a("support-what-helps-me", Support, Reflection, 15, Once, Solo, 2),
    a("support-weekly-check-in", Support, Talking, 15, Weekly, Together, 2),
    a("support-ask-for-help", Support, Talking, 10, Weekly, Solo, 3),
    // Closeness
    a("closeness-thinking-of-you", Closeness, Appreciation, 2, Daily, Solo, 1),
    a("closeness-goodbye-hello", Closeness, Touch, 2, Daily, Together, 1),
    a("closeness-notice-in-step", Closeness, Reflection, 5, Weekly, Solo, 1),
    a("closeness-plan-week-as-team", Closeness, Talking, 15, Weekly, Together, 2),
    a("closeness-small-project", Closeness, TimeTogether, 30, Weekly, Together, 2),
    a("closeness-favourite-memory", Closeness, Talking, 10, Once, Solo, 2),
    a("closeness-far-and-close", Closeness, Talking, 20, Once, Together, 3),
    // Time
    a("time-phone-free-dinner", Time, Presence, 20, Weekly, Together, 1),
    a("time-five-quiet-minutes", Time, Presence, 5, Daily, Together, 1),
    a("time-look-up", Time, Presence, 2, Daily, Solo, 1),
    a("time-plan-a-date", Time, TimeTogether, 15, Once, Solo, 2),
    a("time-something-you-both-enjoy", Time, TimeTogether, 30, Weekly, Together, 2),
    a("time-notice-screen-time", Time, Reflection, 10, Weekly, Solo, 2),
    a("time-long-talk", Time, Talking, 30, Once, Together, 3),
    // Affection
    a("affection-long-hug", Affection, Touch, 2, Daily, Together, 1),
    a("affection-say-one-kind-thing", Affection, Appreciation, 2, Daily, Solo, 1),
    a("affection-hold-hands-walk", Affection, Touch, 10, Weekly, Together, 1),
    a("affection-love-note", Affection, Appreciation, 5, Weekly, Solo, 1),
    a("affection-hand-foot-massage", Affection, Touch, 15, Weekly, Together, 2),
    a("affection-what-feels-loving", Affection, Reflection, 15, Once, Solo, 2),
    a("affection-talk-about-warmth", Affection, Talking, 20, Once, Together, 3),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bank::AREAS;
    use crate::core::plan::activity::{Cadence, Kind, Who};
    use std::collections::HashSet;

    fn in_area(area: crate::core::bank::AreaId) -> Vec<&'static Activity> {
        ACTIVITIES.iter().filter(|a| a.area == area).collect()
    }

    #[test]
    fn at_least_forty_activities_with_unique_ids_prefixed_by_area() {
        assert!(ACTIVITIES.len() >= 40);
        let ids: HashSet<_> = ACTIVITIES.iter().map(|a| a.id).collect();
        assert_eq!(ids.len(), ACTIVITIES.len());
        for a in ACTIVITIES {
            assert!(a.id.starts_with(&format!("{}-", a.area.key())), "{}", a.id);
        }
    }

    #[test]
    fn every_area_has_small_steps_deeper_steps_habits_and_solo_options() {
        for area in AREAS {
            let list = in_area(area);
            let count = |f: &dyn Fn(&Activity) -> bool| list.iter().filter(|a| f(a)).count();
            assert!(count(&|a| a.depth == 1) >= 3, "{area:?} small steps");
            assert!(count(&|a| a.depth == 2) >= 2, "{area:?} middle steps");
            assert!(count(&|a| a.depth == 3) >= 1, "{area:?} deeper steps");
            assert!(count(&|a| a.cadence == Cadence::Daily) >= 2, "{area:?} daily habits");
            assert!(count(&|a| a.who == Who::Solo) >= 3, "{area:?} solo");
            assert!(count(&|a| a.who == Who::Solo && a.depth == 1) >= 1, "{area:?} solo first step");
            assert!(count(&|a| a.who == Who::Solo && a.cadence == Cadence::Daily) >= 1, "{area:?} solo habit");
            assert!(count(&|a| a.minutes <= 10) >= 2, "{area:?} short ones");
            let kinds: HashSet<_> = list.iter().map(|a| a.kind).collect();
            assert!(kinds.len() >= 3, "{area:?} has {} kinds", kinds.len());
        }
    }

    #[test]
    fn daily_habits_are_tiny_and_nothing_takes_over_half_an_hour() {
        for a in ACTIVITIES {
            assert!([2, 5, 10, 15, 20, 30].contains(&a.minutes), "{}: {} min", a.id, a.minutes);
            if a.cadence == Cadence::Daily {
                assert!(a.minutes <= 5, "{}", a.id);
            }
            assert!((1..=3).contains(&a.depth), "{}", a.id);
        }
    }

    #[test]
    fn every_kind_is_well_represented_and_touch_always_needs_both() {
        for kind in Kind::ALL {
            let n = ACTIVITIES.iter().filter(|a| a.kind == kind).count();
            assert!(n >= 5, "{kind:?}: {n}");
        }
        for a in ACTIVITIES.iter().filter(|a| a.kind == Kind::Touch) {
            assert_eq!(a.who, Who::Together, "{}: touch is never done to someone alone", a.id);
        }
    }
}
