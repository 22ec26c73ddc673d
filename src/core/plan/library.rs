//! The activity library: every activity the rebuild plan can suggest. Words are in the catalog.
//!
//! Grouped by area in `AREAS` order. Ids are kept in saved plans: never reuse one for a
//! different activity. The catalog holds the words at the same positions.

use super::activity::{Activity, Cadence::*, Kind::*, Who::*, AFTER_TENSION, DISCLOSURE, FOR_YOU, NEEDS_SAFETY};
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
        tags: 0,
    }
}

/// Shorthands for the table: what an activity asks of the relationship.
const SAFE: u8 = NEEDS_SAFETY;
const OPEN: u8 = NEEDS_SAFETY | DISCLOSURE;
const MAKE_UP: u8 = NEEDS_SAFETY | AFTER_TENSION;

/// Every activity, grouped by area: seven per area, then the activities for the visitor
/// themself (tagged [`FOR_YOU`]), which only the plan of a visitor who may not be safe uses,
/// then those added later, in the order they were added (a position never changes).
// One activity per line, so the library reads as a table.
#[rustfmt::skip]
pub const ACTIVITIES: [Activity; 70] = [
    // Safety
    a("safety-thank-for-honesty", Safety, Appreciation, 2, Daily, Solo, 1),
    a("safety-pause-before-reacting", Safety, Reflection, 2, Daily, Solo, 1).tagged(SAFE),
    // Two five-minute turns and the time to settle and thank: fifteen minutes, not ten.
    a("safety-listen-without-fixing", Safety, Presence, 15, Weekly, Together, 1),
    a("safety-notice-what-helps", Safety, Reflection, 15, Once, Solo, 2).tagged(SAFE),
    a("safety-reconnect-after-tension", Safety, Touch, 5, Weekly, Together, 2).tagged(MAKE_UP),
    a("safety-ground-rules", Safety, Talking, 20, Once, Together, 2).tagged(SAFE),
    a("safety-share-something-hidden", Safety, Talking, 15, Weekly, Together, 3).tagged(OPEN),
    // Sharing
    a("sharing-one-feeling", Sharing, Talking, 2, Daily, Solo, 1).tagged(SAFE),
    a("sharing-feelings-notes", Sharing, Reflection, 5, Daily, Solo, 1).tagged(SAFE),
    a("sharing-best-and-hardest", Sharing, Talking, 10, Weekly, Together, 1).tagged(OPEN),
    a("sharing-dreams-walk", Sharing, TimeTogether, 30, Weekly, Together, 2).tagged(SAFE),
    a("sharing-question-game", Sharing, TimeTogether, 15, Weekly, Together, 2).tagged(SAFE),
    a("sharing-letter-of-hopes", Sharing, Reflection, 30, Once, Solo, 2).tagged(SAFE),
    a("sharing-a-fear", Sharing, Talking, 20, Weekly, Together, 3).tagged(OPEN),
    // Understanding
    a("understanding-say-it-back", Understanding, Talking, 5, Daily, Solo, 1),
    a("understanding-full-attention", Understanding, Presence, 5, Daily, Solo, 1),
    a("understanding-ask-about-their-world", Understanding, Talking, 10, Weekly, Solo, 1),
    a("understanding-their-side", Understanding, Reflection, 10, Weekly, Solo, 2).tagged(SAFE),
    a("understanding-know-each-other-game", Understanding, TimeTogether, 20, Once, Together, 2),
    a("understanding-take-turns-heard", Understanding, Talking, 20, Weekly, Together, 2).tagged(SAFE),
    a("understanding-feeling-misunderstood", Understanding, Talking, 15, Weekly, Together, 3).tagged(OPEN),
    // Support
    a("support-real-how-are-you", Support, Talking, 2, Daily, Solo, 1),
    a("support-small-act-of-care", Support, Appreciation, 5, Daily, Solo, 1),
    a("support-be-there-hard-day", Support, Presence, 10, Weekly, Solo, 1),
    a("support-shoulder-rub", Support, Touch, 10, Weekly, Together, 2).tagged(SAFE),
    a("support-what-helps-me", Support, Reflection, 15, Once, Solo, 2).tagged(SAFE),
    a("support-weekly-check-in", Support, Talking, 15, Weekly, Together, 2).tagged(SAFE),
    a("support-ask-for-help", Support, Talking, 10, Weekly, Solo, 3).tagged(OPEN),
    // Closeness
    a("closeness-thinking-of-you", Closeness, Appreciation, 2, Daily, Solo, 1),
    a("closeness-goodbye-hello", Closeness, Touch, 2, Daily, Together, 1).tagged(SAFE),
    a("closeness-notice-in-step", Closeness, Reflection, 5, Weekly, Solo, 1),
    a("closeness-plan-week-as-team", Closeness, Talking, 15, Weekly, Together, 2),
    a("closeness-small-project", Closeness, TimeTogether, 30, Weekly, Together, 2),
    a("closeness-favourite-memory", Closeness, Talking, 10, Once, Solo, 2),
    a("closeness-far-and-close", Closeness, Talking, 20, Once, Together, 3).tagged(OPEN),
    // Time
    a("time-phone-free-dinner", Time, Presence, 20, Weekly, Together, 1),
    a("time-five-quiet-minutes", Time, Presence, 5, Daily, Together, 1),
    a("time-look-up", Time, Presence, 2, Daily, Solo, 1),
    a("time-plan-a-date", Time, TimeTogether, 15, Once, Solo, 2),
    a("time-something-you-both-enjoy", Time, TimeTogether, 30, Weekly, Together, 2),
    a("time-notice-screen-time", Time, Reflection, 10, Weekly, Solo, 2),
    a("time-long-talk", Time, Talking, 30, Once, Together, 3).tagged(SAFE),
    // Affection
    a("affection-long-hug", Affection, Touch, 2, Daily, Together, 1).tagged(SAFE),
    a("affection-say-one-kind-thing", Affection, Appreciation, 2, Daily, Solo, 1),
    a("affection-hold-hands-walk", Affection, Touch, 10, Weekly, Together, 1).tagged(SAFE),
    a("affection-love-note", Affection, Appreciation, 5, Weekly, Solo, 1),
    a("affection-hand-foot-massage", Affection, Touch, 15, Weekly, Together, 2).tagged(SAFE),
    a("affection-what-feels-loving", Affection, Reflection, 15, Once, Solo, 2),
    a("affection-talk-about-warmth", Affection, Talking, 20, Once, Together, 3).tagged(SAFE),
    // For the visitor themself: their own support and wellbeing (in the support area).
    a("support-you-calm-minute", Support, Reflection, 2, Daily, Solo, 1).tagged(FOR_YOU),
    a("support-you-kind-words", Support, Appreciation, 2, Daily, Solo, 1).tagged(FOR_YOU),
    a("support-you-check-in-with-yourself", Support, Reflection, 5, Weekly, Solo, 1).tagged(FOR_YOU),
    a("support-you-people-you-trust", Support, Reflection, 5, Once, Solo, 1).tagged(FOR_YOU),
    a("support-you-reach-out", Support, Talking, 10, Weekly, Solo, 1).tagged(FOR_YOU),
    a("support-you-something-you-enjoy", Support, Presence, 15, Weekly, Solo, 1).tagged(FOR_YOU),
    a("support-you-fresh-air", Support, Presence, 10, Weekly, Solo, 1).tagged(FOR_YOU),
    a("support-you-talk-on-your-own", Support, Talking, 15, Once, Solo, 2).tagged(FOR_YOU),
    a("support-you-know-who-to-call", Support, Reflection, 10, Once, Solo, 2).tagged(FOR_YOU),
    // Added in 0.4.0, last so that no older activity moves: repair after a disagreement (a
    // gentle start, a repair in the moment, a break that ends in coming back), questions that
    // go deeper step by step, the stress-reducing conversation, turning toward good news, and
    // trying something new.
    // These three moved to the repair area in 0.5.0; their ids stay, as saved plans hold them.
    a("safety-soft-start", Repair, Talking, 5, Weekly, Solo, 2).tagged(MAKE_UP),
    a("safety-repair-attempt", Repair, Talking, 2, Weekly, Solo, 1).tagged(MAKE_UP),
    a("safety-break-and-return", Repair, Talking, 20, Once, Together, 2).tagged(MAKE_UP),
    a("sharing-deeper-questions", Sharing, Talking, 20, Weekly, Together, 3).tagged(OPEN),
    a("support-stress-talk", Support, Talking, 20, Weekly, Together, 2).tagged(SAFE),
    a("support-good-news", Support, Presence, 5, Daily, Solo, 1),
    a("time-something-new", Time, TimeTogether, 30, Once, Together, 2),
    // Added in 0.5.0 for the repair area: a calm minute, noticing a try to make up, what
    // calms you, looking back together at a disagreement that is over, and checking in after.
    a("repair-calm-minute", Repair, Reflection, 2, Daily, Solo, 1),
    a("repair-notice-the-try", Repair, Appreciation, 2, Daily, Solo, 1).tagged(MAKE_UP),
    a("repair-what-calms-me", Repair, Reflection, 10, Once, Solo, 2),
    a("repair-look-back-together", Repair, Talking, 20, Once, Together, 3).tagged(MAKE_UP),
    a("repair-check-in-after", Repair, Talking, 5, Weekly, Solo, 1).tagged(MAKE_UP),
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
        // Moved to repair in 0.5.0, with their ids kept.
        let moved = ["safety-soft-start", "safety-repair-attempt", "safety-break-and-return"];
        for a in ACTIVITIES {
            let prefix = if moved.contains(&a.id) { "safety-".to_string() } else { format!("{}-", a.area.key()) };
            assert!(a.id.starts_with(&prefix), "{}", a.id);
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
            assert!(a.has(NEEDS_SAFETY), "{}: touch needs a partner the visitor feels safe with", a.id);
        }
    }

    #[test]
    fn activities_for_you_are_solo_gentle_and_ask_nothing_of_the_relationship() {
        let for_you: Vec<&Activity> = ACTIVITIES.iter().filter(|a| a.has(FOR_YOU)).collect();
        assert!(for_you.len() >= 8, "enough for variety over eight weeks");
        for a in &for_you {
            assert_eq!(a.who, Who::Solo, "{}", a.id);
            assert_eq!(a.tags, FOR_YOU, "{}: nothing else", a.id);
            assert_ne!(a.kind, Kind::Touch, "{}", a.id);
            assert!(a.depth <= 2, "{}", a.id);
        }
        // Enough small daily steps and weekly ones to fill a first week at any time budget.
        let daily = for_you.iter().filter(|a| a.cadence == Cadence::Daily && a.minutes <= 5).count();
        let weekly = for_you.iter().filter(|a| a.cadence == Cadence::Weekly && a.depth == 1 && a.minutes <= 5).count();
        assert!(daily >= 2 && weekly >= 1, "{daily} daily, {weekly} weekly");
    }

    #[test]
    fn disclosure_touch_and_making_up_are_tagged() {
        let tagged = |id: &str, tags: u8| ACTIVITIES.iter().find(|a| a.id == id).is_some_and(|a| a.has(tags));
        assert!(tagged("safety-share-something-hidden", NEEDS_SAFETY | DISCLOSURE));
        assert!(tagged("sharing-a-fear", NEEDS_SAFETY | DISCLOSURE));
        assert!(tagged("safety-reconnect-after-tension", NEEDS_SAFETY | AFTER_TENSION));
        assert!(tagged("affection-long-hug", NEEDS_SAFETY));
        for a in ACTIVITIES.iter().filter(|a| a.has(DISCLOSURE) || a.has(AFTER_TENSION)) {
            assert!(a.has(NEEDS_SAFETY), "{}", a.id);
        }
    }

    #[test]
    fn every_activity_fits_the_minutes_it_states() {
        use crate::core::catalog::catalog;
        use crate::core::lang::Lang;
        // The minutes its steps name ("five minutes", "20 minutes apart") fit in its own.
        let words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        let text = catalog(Lang::En);
        for a in ACTIVITIES.iter() {
            let mut named = 0u32;
            for step in text.activity(a.id).steps {
                let tokens: Vec<&str> = step.split_whitespace().collect();
                for pair in tokens.windows(2).filter(|p| p[1].starts_with("minute")) {
                    let n = pair[0].parse::<u32>().ok().or_else(|| words.iter().position(|w| pair[0].eq_ignore_ascii_case(w)).map(|i| i as u32 + 1));
                    named += n.unwrap_or(0);
                }
            }
            assert!(named <= u32::from(a.minutes), "{}: its steps name {named} minutes, it says {}", a.id, a.minutes);
        }
        // Two five-minute turns, and the time to settle in and to thank each other.
        assert!(ACTIVITIES.iter().any(|a| a.id == "safety-listen-without-fixing" && a.minutes >= 15));
    }
}
