//! Reading the parts of a saved value strictly, with the rules the format has always had:
//! a field a type needs must be there with the right type, an unknown field is ignored, and
//! one bad value fails the part it is in (the caller decides what that costs).

use crate::core::date::Date;
use crate::core::json::Json;

/// The fields of one saved struct. They are read from an object by name or, as the format
/// has always also accepted (serde did), from an array by position, no longer than `names`.
pub struct Fields<'a> {
    value: &'a Json,
    names: &'static [&'static str],
}

impl<'a> Fields<'a> {
    /// `None` when `value` is neither an object nor a short enough array.
    pub fn of(value: &'a Json, names: &'static [&'static str]) -> Option<Fields<'a>> {
        let fits = value.as_object().is_some() || value.as_array().is_some_and(|a| a.len() <= names.len());
        fits.then_some(Fields { value, names })
    }

    /// The field, or `None` when it is missing.
    pub fn get(&self, key: &str) -> Option<&'a Json> {
        match self.value {
            Json::Arr(items) => items.get(self.names.iter().position(|&n| n == key)?),
            value => value.get(key),
        }
    }
}

/// The name of a choice saved as a string; `{"name":null}` is the same choice (serde read
/// it so too).
pub fn choice(value: &Json) -> Option<&str> {
    match value {
        Json::Str(s) => Some(s),
        Json::Obj(pairs) => {
            let (key, last) = pairs.last()?;
            (last.is_null() && pairs.iter().all(|(k, _)| k == key)).then_some(key.as_str())
        }
        _ => None,
    }
}

/// A whole number that fits `T` (`u8`, `u16`, `u32`, `u64`).
pub fn uint<T: TryFrom<u64>>(value: &Json) -> Option<T> {
    T::try_from(value.as_u64()?).ok()
}

/// Every item of an array, or `None` if it is not one or any item fails.
pub fn list<'a, T>(value: &'a Json, read: impl Fn(&'a Json) -> Option<T>) -> Option<Vec<T>> {
    value.as_array()?.iter().map(read).collect()
}

/// A `YYYY-MM-DD` date.
pub fn date(value: &Json) -> Option<Date> {
    Date::parse(value.as_str()?)
}

/// A date as it is saved.
pub fn date_json(date: Date) -> Json {
    Json::Str(date.to_string())
}

#[cfg(test)]
mod tests {
    use super::super::choices::read_choices;
    use super::super::tracking::read_tracking;
    use crate::core::json::test_edit::j;
    use crate::core::plan::activity::Kind;
    use crate::core::plan::choices::{Partner, PlanChoices};
    use crate::core::plan::tracking::PlanTracking;

    /// The forms serde also read, kept so that no save that read before reads differently.
    #[test]
    fn structs_read_from_arrays_and_choices_from_one_key_objects() {
        let c = PlanChoices { weeks: 2, minutes_per_day: 5, kinds: [Kind::Touch].into_iter().collect(), partner: Partner::Alone };
        assert_eq!(read_choices(&j(r#"[2, 5, [{"touch": null}], "alone"]"#)), Some(c.clone()));
        assert_eq!(read_choices(&j(r#"{"partner": {"alone": null}, "kinds": ["touch"], "weeks": 2, "minutes_per_day": 5}"#)), Some(c));
        assert_eq!(read_choices(&j(r#"[2, 5, ["touch"], "alone", 1]"#)), None, "too long");
        assert_eq!(read_choices(&j(r#"[2, 5, ["touch"]]"#)), None, "a needed field missing");
        assert_eq!(read_choices(&j(r#"[2, 5, [{"touch": 1}], "alone"]"#)), None);
        assert_eq!(read_choices(&j(r#"[2, 5, [{"touch": null, "talking": null}], "alone"]"#)), None);
        assert_eq!(read_tracking(&j("[]")), Some(PlanTracking::default()), "fields with defaults may be left out");
        assert_eq!(read_tracking(&j(r#"{"done": null}"#)), None, "but not be null");
        assert_eq!(read_tracking(&j("7")), None);
    }

    #[test]
    fn week_keys_are_plain_numbers_up_to_255() {
        for good in ["0", "7", "255"] {
            assert!(read_tracking(&j(&format!(r#"{{"notes": {{"{good}": "n"}}}}"#))).is_some(), "{good}");
        }
        for bad in ["", "01", "-1", "+1", "256", " 1", "1 ", "1.0", "x"] {
            assert_eq!(read_tracking(&j(&format!(r#"{{"notes": {{"{bad}": "n"}}}}"#))), None, "{bad:?}");
        }
        let twice = read_tracking(&j(r#"{"notes": {"1": 5, "1": "last"}, "done": ["b", "a", "b"]}"#)).unwrap();
        assert_eq!((twice.note(1), twice.done.len()), ("last", 2), "the last note of a week, each tick once");
    }
}
