//! The key of every text: one walk over a [`Catalog`] that names each field `prefix.field`.
//! Listing the texts, reading a language file and applying a practice's own words all go
//! through this walk, so they can never disagree about a key.
//!
//! Keys name the texts in the language files and in practices' `texts` files, so they never
//! change once published: field names, bank and library ids, and the fixed names below.

use super::{ActivityText, AreaText, BandText, Catalog, KindText};
use crate::core::bank::AREAS;

/// What is done with each text on the walk.
pub(super) trait Visit {
    /// One text, with its key.
    fn text(&mut self, key: &str, text: &mut &'static str);
    /// A list of texts (an activity's steps): keys `key.0`, `key.1`, …
    fn list(&mut self, key: &str, items: &mut &'static [&'static str]);
}

/// Stable names for keys that come from an enum, in the catalog's order.
pub(super) const SCALE_KEYS: [&str; 5] = ["strongly_disagree", "disagree", "not_sure", "agree", "strongly_agree"];
const BAND_KEYS: [&str; 3] = ["needs_attention", "growing", "strong"];
pub(super) const KIND_KEYS: [&str; 6] = ["talking", "time-together", "touch", "presence", "appreciation", "reflection"];
const WEEKDAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MONTH_KEYS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Builds keys in one reused buffer: `prefix.a.b`.
pub(super) struct Key(String);

impl Key {
    pub(super) fn of(&mut self, parts: &[&str]) -> &str {
        self.0.clear();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                self.0.push('.');
            }
            self.0.push_str(part);
        }
        &self.0
    }
}

impl Catalog {
    /// Walks every text in a fixed order: `ui.intro_lead`, `statements.safety-real-self`,
    /// `activities.<id>.steps.0`, …
    pub(super) fn visit(&mut self, v: &mut dyn Visit) {
        let Catalog {
            ui,
            scale,
            bands,
            areas,
            statements,
            plan,
            kinds,
            weekdays,
            months,
            day_short,
            date_long,
            activities,
            privacy,
            partner,
            days,
            safety,
            intl: _,
        } = self;
        let mut k = Key(String::with_capacity(64));
        ui.visit(v, &mut k);
        for (name, text) in SCALE_KEYS.iter().zip(scale) {
            v.text(k.of(&["scale", name]), text);
        }
        for (name, band) in BAND_KEYS.iter().zip(bands) {
            let BandText { name: band_name, overall } = band;
            v.text(k.of(&["bands", name, "name"]), band_name);
            v.text(k.of(&["bands", name, "overall"]), overall);
        }
        for (area, text) in AREAS.iter().zip(areas) {
            let AreaText { name, meaning, low, middle, high } = text;
            for (field, t) in [("name", name), ("meaning", meaning), ("low", low), ("middle", middle), ("high", high)] {
                v.text(k.of(&["areas", area.key(), field]), t);
            }
        }
        for (id, text) in statements {
            v.text(k.of(&["statements", id]), text);
        }
        plan.visit(v, &mut k);
        for (name, kind) in KIND_KEYS.iter().zip(kinds) {
            let KindText { name: kind_name, hint } = kind;
            v.text(k.of(&["kinds", name, "name"]), kind_name);
            v.text(k.of(&["kinds", name, "hint"]), hint);
        }
        for (name, text) in WEEKDAY_KEYS.iter().zip(weekdays) {
            v.text(k.of(&["weekdays", name]), text);
        }
        for (name, text) in MONTH_KEYS.iter().zip(months) {
            v.text(k.of(&["months", name]), text);
        }
        v.text("day_short", day_short);
        v.text("date_long", date_long);
        for activity in activities.iter_mut() {
            let ActivityText { id, title, steps, why } = activity;
            v.text(k.of(&["activities", id, "title"]), title);
            v.list(k.of(&["activities", id, "steps"]), steps);
            v.text(k.of(&["activities", id, "why"]), why);
        }
        privacy.visit(v, &mut k);
        partner.visit(v, &mut k);
        days.visit(v, &mut k);
        safety.visit(v, &mut k);
    }

    /// Every text of the language with its key, in the walk's order (tests: the listing,
    /// the language files and the placeholder check).
    #[cfg(test)]
    pub fn entries(&self) -> Vec<(String, &'static str)> {
        struct Collect(Vec<(String, &'static str)>);
        impl Visit for Collect {
            fn text(&mut self, key: &str, text: &mut &'static str) {
                self.0.push((key.to_string(), *text));
            }
            fn list(&mut self, key: &str, items: &mut &'static [&'static str]) {
                for (i, item) in items.iter().enumerate() {
                    self.0.push((format!("{key}.{i}"), *item));
                }
            }
        }
        let mut out = Collect(Vec::with_capacity(600));
        self.clone().visit(&mut out);
        out.0
    }
}
