//! Dates in words: the browser's own (`Intl.DateTimeFormat`) when the shell gave the catalog
//! one, else the language file's weekday and month names.

use crate::core::catalog::{fill, Catalog};
use crate::core::date::Date;

/// "Wed 25 Nov" ("jue 26 de noviembre").
pub fn day_short(text: &Catalog, date: Date) -> String {
    intl(text, date, false).unwrap_or_else(|| from_names(text, text.day_short, date))
}

/// "25 Nov 2026".
pub fn date_long(text: &Catalog, date: Date) -> String {
    intl(text, date, true).unwrap_or_else(|| from_names(text, text.date_long, date))
}

fn intl(text: &Catalog, date: Date, long: bool) -> Option<String> {
    let (locale, format) = text.intl?;
    format(locale, date, long)
}

fn from_names(text: &Catalog, template: &str, date: Date) -> String {
    let values = [
        ("weekday", text.weekdays[date.weekday()]),
        ("day", &date.day.to_string()),
        ("month", text.months[usize::from(date.month.clamp(1, 12) - 1)]),
        ("year", &date.year.to_string()),
    ];
    // Each template names only what it shows: the long date has no weekday, the short no year.
    let used: Vec<(&str, &str)> =
        values.iter().copied().filter(|(name, _)| template.contains(&format!("{{{name}}}"))).collect();
    fill(template, &used)
}
