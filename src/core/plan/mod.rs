//! The rebuild plan: week-by-week activities aimed at the visitor's weakest areas, which they
//! tick off as they go.

pub mod activity;
pub mod choices;
pub mod generate;
pub mod library;
pub mod reminder;
pub mod shift;
pub mod today;
pub mod tracking;

use self::activity::Activity;
use self::choices::PlanChoices;
use self::library::ACTIVITIES;
use crate::core::date::Date;

/// Finds an activity in the library by its saved id.
pub fn activity(id: &str) -> Option<&'static Activity> {
    ACTIVITIES.iter().find(|a| a.id == id)
}

/// Position of an activity in the library (also the index of its words in the catalog).
pub fn activity_index(id: &str) -> Option<usize> {
    ACTIVITIES.iter().position(|a| a.id == id)
}

/// One activity placed in a week, on the days (0–6 from the week's first day) it is planned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlannedActivity {
    pub activity: String,
    pub days: Vec<u8>,
}

/// One week of the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanWeek {
    pub items: Vec<PlannedActivity>,
}

/// A plan made from one quiz result and the visitor's choices.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RebuildPlan {
    /// The first day of week 1.
    pub start: Date,
    pub choices: PlanChoices,
    /// Which of the valid plans this is: "Show me a different plan" moves it on.
    pub seed: u64,
    pub weeks: Vec<PlanWeek>,
    /// For a plan for two: the combined area scores it was made from.
    pub for_two: Option<Vec<Option<u8>>>,
    /// Where the visitor started the plan again after days went by ([`shift`]); empty for
    /// a plan that kept its first dates, and absent from saves made before it existed.
    pub resumed: Vec<shift::Resume>,
}

impl RebuildPlan {
    /// The date of `day` (0–6) in `week` (0-based).
    pub fn date_of(&self, week: usize, day: u8) -> Date {
        self.day_date(shift::plan_day(week, day))
    }

    /// True for a plan for the visitor alone (made when they may not be safe): every
    /// activity is one of those for them themself.
    pub fn is_for_you(&self) -> bool {
        let mut items = self.weeks.iter().flat_map(|w| &w.items).peekable();
        items.peek().is_some() && items.all(|i| activity(&i.activity).is_some_and(|a| a.has(activity::FOR_YOU)))
    }

    /// Every scheduled occurrence: (week, activity id, day).
    pub fn occurrences(&self) -> impl Iterator<Item = (usize, &str, u8)> {
        self.weeks.iter().enumerate().flat_map(|(w, week)| {
            week.items.iter().flat_map(move |item| item.days.iter().map(move |&d| (w, item.activity.as_str(), d)))
        })
    }
}

/// Tests only: a small two-week plan made on Wed 25 Nov 2026, for the exporters and the
/// presenter (a daily activity and one more in week 1, one in week 2).
#[cfg(test)]
pub fn two_week_sample(partner: choices::Partner) -> RebuildPlan {
    use crate::core::date::Date;
    let item = |i: usize, days: Vec<u8>| PlannedActivity { activity: library::ACTIVITIES[i].id.to_string(), days };
    RebuildPlan {
        start: Date::new(2026, 11, 25).unwrap(),
        choices: choices::PlanChoices { weeks: 2, minutes_per_day: 15, partner, ..choices::PlanChoices::default() },
        seed: 0,
        for_two: None,
        resumed: Vec::new(),
        weeks: vec![
            PlanWeek { items: vec![item(0, (0..7).collect()), item(2, vec![3])] },
            PlanWeek { items: vec![item(4, vec![1])] },
        ],
    }
}
