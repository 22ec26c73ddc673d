//! The plan form's choices in saved data:
//! `{"weeks":4,"minutes_per_day":15,"kinds":["talking",…],"partner":"together"}`.

use super::field::{choice, list, uint, Fields};
use crate::core::json::{object, Json};
use crate::core::plan::activity::Kind;
use crate::core::plan::choices::{Partner, PlanChoices};
use crate::core::plan::reminder::Reminder;

pub fn choices_json(c: &PlanChoices) -> Json {
    let kinds = c.kinds.iter().map(|k| Json::str(k.key())).collect();
    object(vec![
        ("weeks", Json::uint(c.weeks.into())),
        ("minutes_per_day", Json::uint(c.minutes_per_day.into())),
        ("kinds", Json::Arr(kinds)),
        ("partner", Json::str(c.partner.key())),
    ])
}

/// The reminder choices, written only once the visitor changed one.
pub fn reminder_json(r: &Reminder) -> Json {
    object(vec![
        ("at", r.at.map_or(Json::Null, |m| Json::uint(m.into()))),
        ("before", Json::uint(r.before.into())),
        ("named", Json::Bool(r.named)),
    ])
}

/// A reminder as written by [`reminder_json`]; anything odd in it is made sound.
pub fn read_reminder(value: &Json) -> Option<Reminder> {
    let f = Fields::of(value, &["at", "before", "named"])?;
    let at = match f.get("at")? {
        Json::Null => None,
        at => Some(uint(at)?),
    };
    Some(Reminder { at, before: uint(f.get("before")?)?, named: f.get("named")?.as_bool()? }.normalised())
}

/// All four fields are needed, and every kind must be one the widget knows.
pub fn read_choices(value: &Json) -> Option<PlanChoices> {
    let f = Fields::of(value, &["weeks", "minutes_per_day", "kinds", "partner"])?;
    let kinds = list(f.get("kinds")?, |k| Kind::from_key(choice(k)?))?;
    Some(PlanChoices {
        weeks: uint(f.get("weeks")?)?,
        minutes_per_day: uint(f.get("minutes_per_day")?)?,
        kinds: kinds.into_iter().collect(),
        partner: Partner::from_key(choice(f.get("partner")?)?)?,
    })
}
