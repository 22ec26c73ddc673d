//! Making a [`Catalog`] from a language file's texts, with a practice's own words on top.
//!
//! The shell hands over a lookup by key (into the parsed file) and the practice's entries for
//! this language; everything else (which keys exist, what a practice may change) is decided
//! here, so it is tested natively.

use super::custom::{check, Problem};
use super::keys::Visit;
use super::{ActivityText, Catalog, Ui};
use crate::core::bank::{asked_id, ASKED};
use crate::core::plan::library::ACTIVITIES;

/// The most steps an activity may have in a language file.
const MAX_STEPS: usize = 8;

/// A catalog read from a file, and what was wrong on the way.
pub struct CatalogRead {
    pub catalog: Catalog,
    /// Keys the language file lacks (their texts are empty): the file is damaged.
    pub missing: Vec<String>,
    /// A practice's texts that were not used, each naming its key.
    pub problems: Vec<Problem>,
}

/// A text kept for the rest of the page's life: a catalog is read once per language and
/// shared by every screen and every widget on the page.
fn keep(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

struct Read<'a> {
    get: &'a dyn Fn(&str) -> Option<String>,
    /// The practice's texts for this language, each used at most once.
    custom: Vec<(String, Option<String>)>,
    missing: Vec<String>,
    problems: Vec<Problem>,
}

impl Read<'_> {
    /// The practice's text for `key` if it passes the checks, else the file's own.
    fn one(&mut self, key: &str) -> Option<&'static str> {
        let Some(original) = (self.get)(key) else {
            self.missing.push(key.to_string());
            return None;
        };
        let own = self.custom.iter_mut().find(|(k, _)| k == key).and_then(|(_, text)| text.take());
        let chosen = match own {
            Some(text) => match check(key, &text, &original) {
                Ok(()) => text,
                Err(problem) => {
                    self.problems.push(problem);
                    original
                }
            },
            None => original,
        };
        Some(keep(chosen))
    }
}

impl Visit for Read<'_> {
    fn text(&mut self, key: &str, text: &mut &'static str) {
        *text = self.one(key).unwrap_or("");
    }

    fn list(&mut self, key: &str, items: &mut &'static [&'static str]) {
        let mut found = Vec::new();
        for i in 0..MAX_STEPS {
            let item_key = format!("{key}.{i}");
            if (self.get)(&item_key).is_none() {
                break;
            }
            found.extend(self.one(&item_key));
        }
        if found.is_empty() {
            self.missing.push(format!("{key}.0"));
        }
        *items = Box::leak(found.into_boxed_slice());
    }
}

impl Catalog {
    /// A catalog with every text empty: only the ids that line texts up with the bank and
    /// the library.
    fn blank() -> Catalog {
        Catalog {
            ui: Ui::default(),
            scale: [""; 5],
            bands: Default::default(),
            areas: Default::default(),
            statements: core::array::from_fn::<_, ASKED, _>(|i| (asked_id(i).unwrap_or(""), "")),
            plan: Default::default(),
            kinds: Default::default(),
            weekdays: [""; 7],
            months: [""; 12],
            day_short: "",
            date_long: "",
            activities: Box::new(core::array::from_fn(|i| ActivityText { id: ACTIVITIES[i].id, ..Default::default() })),
            privacy: Default::default(),
            partner: Default::default(),
            days: Default::default(),
            safety: Default::default(),
            intl: None,
        }
    }

    /// Reads every text through `get` (a language file, by key), using a practice's own text
    /// instead wherever `custom` has one that passes [`check`]. `custom` is what
    /// [`super::custom::for_lang`] picked for this language.
    pub fn read(get: &dyn Fn(&str) -> Option<String>, custom: Vec<(String, String)>) -> CatalogRead {
        let mut read = Read {
            get,
            custom: custom.into_iter().map(|(k, t)| (k, Some(t))).collect(),
            missing: Vec::new(),
            problems: Vec::new(),
        };
        let mut catalog = Catalog::blank();
        catalog.visit(&mut read);
        let Read { custom, missing, mut problems, .. } = read;
        // Whatever was not taken names no text (or repeats one already used).
        problems.extend(custom.into_iter().filter(|(_, t)| t.is_some()).map(|(k, _)| Problem::UnknownKey(k)));
        CatalogRead { catalog, missing, problems }
    }
}

#[cfg(test)]
mod tests {
    use super::super::custom::Problem;
    use super::super::{catalog, Catalog, Lang};

    fn english(key: &str) -> Option<String> {
        catalog(Lang::En).entries().into_iter().find(|(k, _)| k == key).map(|(_, t)| t.to_string())
    }

    #[test]
    fn a_whole_file_reads_back_to_the_same_texts() {
        let loaded = Catalog::read(&english, Vec::new());
        assert!(loaded.missing.is_empty() && loaded.problems.is_empty());
        assert_eq!(loaded.catalog.entries(), catalog(Lang::En).entries());
    }

    #[test]
    fn missing_keys_are_named_and_left_empty() {
        let get = |key: &str| if key == "ui.title" || key.starts_with("activities.safety-thank-for-honesty.steps") { None } else { english(key) };
        let loaded = Catalog::read(&get, Vec::new());
        assert_eq!(loaded.missing, ["ui.title", "activities.safety-thank-for-honesty.steps.0"]);
        assert_eq!(loaded.catalog.ui.title, "");
    }

    #[test]
    fn a_practice_text_replaces_the_original_and_bad_ones_are_named() {
        let custom = vec![
            ("ui.intro_lead".to_string(), "Welcome. Take your time.".to_string()),
            ("ui.help_contact_named".to_string(), "Write to us".to_string()),
            ("ui.no_such_key".to_string(), "Hello".to_string()),
            ("activities.safety-thank-for-honesty.steps.1".to_string(), "Say thanks.".to_string()),
        ];
        let loaded = Catalog::read(&english, custom);
        let c = loaded.catalog;
        assert_eq!(c.ui.intro_lead, "Welcome. Take your time.");
        assert_eq!(c.ui.help_contact_named, catalog(Lang::En).ui.help_contact_named, "lost {{practice}}: kept the original");
        assert_eq!(c.activities[0].steps[1], "Say thanks.");
        assert_eq!(
            loaded.problems,
            [Problem::Placeholders("ui.help_contact_named".into()), Problem::UnknownKey("ui.no_such_key".into())]
        );
    }
}
