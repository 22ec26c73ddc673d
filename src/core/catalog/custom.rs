//! A practice's own words: a `texts` file of replacements by key, checked before use.
//!
//! ```json
//! { "en": { "ui.intro_lead": "…", "ui.help_text": "…" }, "es": { "ui.intro_lead": "…" } }
//! ```
//! A key at the top level (outside a language section) counts for every language. Only plain
//! text is taken, with the same `{placeholders}` as the text it replaces; anything else is
//! left out with a warning naming its key, and the widget's own text stays.

use std::fmt;

use super::Lang;

/// The longest text a practice may give, in characters: a paragraph, not a page.
pub const MAX_CHARS: usize = 1000;

/// A value from a practice's file, as the shell found it in the parsed JSON.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    Text(String),
    Object(Vec<(String, Raw)>),
    /// A number, `true`, `null`, a list, or anything nested too deep.
    Other,
}

/// Why a practice's text was not used. Each names the key, for the console.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// The file is not a JSON object of texts.
    NotAnObject,
    /// A section for a language the widget does not speak.
    UnknownLanguage(String),
    UnknownKey(String),
    NotText(String),
    Empty(String),
    Html(String),
    TooLong(String),
    Placeholders(String),
    /// File names must stay lowercase letters, digits and `-`.
    FileName(String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (key, why) = match self {
            Problem::NotAnObject => return f.write_str("the texts file is not a JSON object of texts by key; it was ignored"),
            Problem::UnknownLanguage(k) => (k, "is not a language this widget speaks"),
            Problem::UnknownKey(k) => (k, "is not a text key (see the key list in docs/languages.md)"),
            Problem::NotText(k) => (k, "must be text"),
            Problem::Empty(k) => (k, "is empty"),
            Problem::Html(k) => (k, "looks like HTML; only plain text is used"),
            Problem::TooLong(k) => (k, "is longer than 1000 characters"),
            Problem::Placeholders(k) => (k, "must keep the same {placeholders} as the original"),
            Problem::FileName(k) => (k, "may hold only lowercase letters, digits and -"),
        };
        write!(f, "texts: \"{key}\" {why}; the widget's own text is used")
    }
}

/// The `{name}` placeholders of a text, sorted.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> =
        text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(name, _)| name)).collect();
    found.sort_unstable();
    found
}

/// The entries of a practice's file that are meant for `lang`: its own section first, then
/// the keys outside any section. Values that are not text are left out here, with a problem.
pub fn for_lang(file: Raw, lang: Lang, problems: &mut Vec<Problem>) -> Vec<(String, String)> {
    let Raw::Object(entries) = file else {
        problems.push(Problem::NotAnObject);
        return Vec::new();
    };
    let (mut section, mut shared) = (Vec::new(), Vec::new());
    for (key, value) in entries {
        match value {
            // A section is a key without a dot holding an object: `"es": { … }`.
            Raw::Object(inner) if !key.contains('.') => match Lang::from_tag(&key) {
                Some(l) if l == lang && l.tag() == key.to_ascii_lowercase() => section.extend(texts(inner, problems)),
                Some(_) => {}
                None => problems.push(Problem::UnknownLanguage(key)),
            },
            value => shared.extend(texts(vec![(key, value)], problems)),
        }
    }
    // The language's own section wins over a shared text for the same key.
    shared.retain(|(k, _): &(String, String)| !section.iter().any(|(s, _): &(String, String)| s == k));
    section.extend(shared);
    section
}

fn texts(entries: Vec<(String, Raw)>, problems: &mut Vec<Problem>) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (key, value) in entries {
        match value {
            Raw::Text(text) => out.push((key, text)),
            _ => problems.push(Problem::NotText(key)),
        }
    }
    out
}

/// Whether a practice's `text` may replace `original` at `key`.
pub fn check(key: &str, text: &str, original: &str) -> Result<(), Problem> {
    let problem = if text.trim().is_empty() {
        Problem::Empty
    } else if text.chars().count() > MAX_CHARS {
        Problem::TooLong
    } else if looks_like_html(text) {
        Problem::Html
    } else if placeholders(text) != placeholders(original) {
        Problem::Placeholders
    } else if key == "plan.file_name" && !text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        Problem::FileName
    } else {
        return Ok(());
    };
    Err(problem(key.to_string()))
}

/// A tag, a comment or an entity: `<b>`, `</p>`, `<!--`, `&amp;`. A lone `<` or `&` in a
/// sentence ("you & me") is plain text.
fn looks_like_html(text: &str) -> bool {
    let tag = text.split('<').skip(1).any(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic() || "/!?".contains(c)));
    let entity = text.split('&').skip(1).any(|rest| {
        let name = rest.split(';').next().unwrap_or("");
        rest.contains(';') && !name.is_empty() && name.len() <= 8 && name.trim_start_matches('#').chars().all(|c| c.is_ascii_alphanumeric())
    });
    tag || entity
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Raw {
        Raw::Text(s.to_string())
    }

    fn obj(entries: &[(&str, Raw)]) -> Raw {
        Raw::Object(entries.iter().map(|(k, v)| (k.to_string(), v.clone())).collect())
    }

    #[test]
    fn sections_pick_the_language_and_win_over_shared_keys() {
        let file = obj(&[
            ("ui.help_text", text("Shared help.")),
            ("ui.title", text("Shared title")),
            ("es", obj(&[("ui.title", text("Título propio"))])),
            ("en", obj(&[("ui.title", text("Our title"))])),
        ]);
        let mut problems = Vec::new();
        let es = for_lang(file.clone(), Lang::Es, &mut problems);
        assert_eq!(es, [("ui.title".into(), "Título propio".into()), ("ui.help_text".into(), "Shared help.".into())]);
        let en = for_lang(file, Lang::En, &mut problems);
        assert_eq!(en[0], ("ui.title".into(), "Our title".into()));
        assert!(problems.is_empty());
    }

    #[test]
    fn wrong_shapes_are_named_and_the_rest_kept() {
        let mut problems = Vec::new();
        assert!(for_lang(text("hello"), Lang::En, &mut problems).is_empty());
        assert!(for_lang(Raw::Other, Lang::En, &mut problems).is_empty());
        let file = obj(&[
            ("ui.title", Raw::Other),
            ("fr", obj(&[("ui.title", text("Titre"))])),
            ("en", obj(&[("ui.start", obj(&[])), ("ui.back", text("Go back"))])),
        ]);
        assert_eq!(for_lang(file, Lang::En, &mut problems), [("ui.back".into(), "Go back".into())]);
        assert_eq!(
            problems,
            [
                Problem::NotAnObject,
                Problem::NotAnObject,
                Problem::NotText("ui.title".into()),
                Problem::UnknownLanguage("fr".into()),
                Problem::NotText("ui.start".into()),
            ]
        );
    }

    #[test]
    fn checks_on_each_text() {
        let ok = |k: &str, t: &str, o: &str| check(k, t, o).is_ok();
        assert!(ok("ui.help_text", "Call us any weekday, you & your partner.", "Talk to us."));
        assert!(ok("ui.offered_by", "Brought to you by {practice}.", "Offered by {practice}."));
        assert!(ok("ui.title", "Is 3 < 4? Yes", "Title"));
        assert_eq!(check("ui.title", "  ", "Title"), Err(Problem::Empty("ui.title".into())));
        assert_eq!(check("ui.title", "<b>Hi</b>", "Title"), Err(Problem::Html("ui.title".into())));
        assert_eq!(check("ui.title", "Hi &amp; bye", "Title"), Err(Problem::Html("ui.title".into())));
        assert_eq!(check("ui.title", "<!-- x -->", "Title"), Err(Problem::Html("ui.title".into())));
        assert_eq!(check("ui.offered_by", "By us.", "Offered by {practice}."), Err(Problem::Placeholders("ui.offered_by".into())));
        assert_eq!(check("ui.title", "{practice}", "Title"), Err(Problem::Placeholders("ui.title".into())));
        assert_eq!(check("ui.title", &"a".repeat(MAX_CHARS + 1), "Title"), Err(Problem::TooLong("ui.title".into())));
        assert!(ok("ui.title", &"é".repeat(MAX_CHARS), "Title"), "characters, not bytes");
        assert_eq!(check("plan.file_name", "Our Plan", "my-plan"), Err(Problem::FileName("plan.file_name".into())));
        assert!(ok("plan.file_name", "harbour-plan", "my-plan"));
    }

    #[test]
    fn a_huge_file_never_panics_and_keeps_what_is_valid() {
        let mut entries = vec![("ui.title".to_string(), text(&"x".repeat(1 << 20)))];
        entries.extend((0..20_000).map(|i| (format!("no.such.key.{i}"), text("y"))));
        entries.push(("ui.back".to_string(), text("Go back")));
        let mut problems = Vec::new();
        let picked = for_lang(Raw::Object(entries), Lang::En, &mut problems);
        assert_eq!(picked.len(), 20_002);
        let loaded = super::super::Catalog::read(
            &|k| super::super::catalog(Lang::En).entries().into_iter().find(|(key, _)| key == k).map(|(_, t)| t.to_string()),
            picked,
        );
        assert_eq!(loaded.catalog.ui.back, "Go back");
        assert_eq!(loaded.catalog.ui.title, super::super::catalog(Lang::En).ui.title);
        assert_eq!(loaded.problems.len(), 20_001);
        assert_eq!(loaded.problems[0], Problem::TooLong("ui.title".into()));
    }

    #[test]
    fn warnings_name_the_key() {
        let line = Problem::Placeholders("ui.offered_by".into()).to_string();
        assert!(line.contains("\"ui.offered_by\"") && line.contains("{placeholders}"), "{line}");
    }
}
