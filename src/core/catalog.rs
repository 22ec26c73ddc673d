//! Every text the visitor reads, in one place.
//!
//! Views never hold text of their own: they ask the catalog for a label, and
//! [`crate::core::words`] for a sentence made from a template. The words themselves are not in
//! the wasm: each language is one file, `texts/<lang>.json`, fetched beside it, so a language
//! costs nothing to a visitor who reads another. The keys are the fields of [`Catalog`] (see
//! [`keys`]): a file without a key fails the tests, never shows a blank on screen.

pub mod custom;
#[cfg(test)]
pub mod files;
mod keys;
mod load;
pub mod offline;
mod sections;
#[cfg(test)]
mod tests;

pub use load::CatalogRead;
pub use sections::{ActivityText, AreaText, BandText, KindText, PartnerUi, PlanDaysUi, PlanUi, PrivacyUi, SafetyUi, Ui};

pub use super::lang::Lang;
use crate::core::bank::AREA_COUNT;
use super::bank::{AreaId, ASKED};
use super::date::Date;
use super::plan::activity::Kind;
use super::plan::library::ACTIVITIES;
use super::scoring::Band;

/// The catalog for a language, read from its file in `texts/` (tests only: the widget
/// fetches the file instead).
#[cfg(test)]
pub fn catalog(lang: Lang) -> &'static Catalog {
    files::catalog(lang)
}

/// All the words of one language.
#[derive(Clone)]
pub struct Catalog {
    pub ui: Ui,
    /// Labels of the agreement scale, from "Strongly disagree" to "Strongly agree".
    pub scale: [&'static str; 5],
    /// Per band, lowest first: a short name and what it means overall.
    pub bands: [BandText; 3],
    /// Per area, in [`crate::core::bank::AREAS`] order.
    pub areas: [AreaText; AREA_COUNT],
    /// Per statement, in quiz order (the bank, then the safety check): its id (checked
    /// against the bank) and its words.
    pub statements: [(&'static str, &'static str); ASKED],
    pub plan: PlanUi,
    /// Per kind of activity, in [`Kind::ALL`] order.
    pub kinds: [KindText; 6],
    /// Monday first.
    pub weekdays: [&'static str; 7],
    /// January first.
    pub months: [&'static str; 12],
    /// A day in a plan, e.g. "{weekday} {day} {month}".
    pub day_short: &'static str,
    /// A full date, e.g. "{day} {month} {year}".
    pub date_long: &'static str,
    /// Per activity, in library order.
    pub activities: Box<[ActivityText; ACTIVITIES.len()]>,
    pub privacy: PrivacyUi,
    pub partner: PartnerUi,
    pub days: PlanDaysUi,
    pub safety: SafetyUi,
    /// Dates in words from the browser (`Intl.DateTimeFormat`) for this BCP 47 locale, set
    /// by the shell; `None` (native tests) uses the file's weekday and month names.
    pub intl: Option<(&'static str, IntlDate)>,
}

/// Formats a date for a locale: `long` is "25 Nov 2026", short "Wed 25 Nov". `None` when the
/// browser could not.
pub type IntlDate = fn(locale: &str, date: Date, long: bool) -> Option<String>;






impl Catalog {
    /// The words of the statement at `position` in the bank.
    pub fn statement(&self, position: usize) -> &'static str {
        self.statements.get(position).map_or("", |(_, text)| text)
    }

    pub fn area(&self, area: AreaId) -> &AreaText {
        &self.areas[area.index()]
    }

    pub fn band(&self, band: Band) -> &BandText {
        &self.bands[band.index()]
    }

    pub fn kind(&self, kind: Kind) -> KindText {
        self.kinds[kind.index()]
    }

    /// The words of an activity by id (empty words for an id the library does not have).
    pub fn activity(&self, id: &str) -> &ActivityText {
        static MISSING: ActivityText = ActivityText { id: "", title: "", steps: &[], why: "" };
        self.activities.iter().find(|a| a.id == id).unwrap_or(&MISSING)
    }
}

/// Fills `{name}` placeholders in a template; only [`crate::core::words`] calls it. In tests a
/// template whose placeholders are not exactly the names its caller fills fails at once
/// (see [`check`]), so no language file can show a raw `{n}`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    #[cfg(test)]
    check::filled(template, values);
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

/// Tests only: every template filled, checked against its caller and remembered, so a test
/// can tell which templates no caller filled.
#[cfg(test)]
pub mod check {
    use std::cell::RefCell;

    thread_local! {
        static FILLED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }

    pub(super) fn filled(template: &str, values: &[(&str, &str)]) {
        let mut wanted = crate::core::catalog::custom::placeholders(template);
        wanted.dedup();
        let mut given: Vec<&str> = values.iter().map(|(name, _)| *name).collect();
        given.sort_unstable();
        assert_eq!(wanted, given, "the template {template:?} and its caller name different placeholders");
        FILLED.with(|f| f.borrow_mut().push(template.to_string()));
    }

    /// The templates filled on this thread since the last call.
    pub fn take() -> Vec<String> {
        FILLED.with(|f| std::mem::take(&mut *f.borrow_mut()))
    }
}
