//! What the practice that embeds the widget can set: its name, contact details, wording,
//! colour and storage namespace, read from the element's attributes and checked here.
//!
//! A value that cannot be used is ignored with a warning that names the attribute; the
//! widget always works. An accent colour too light for white text is darkened, not refused.

use std::fmt;

use super::lang::Lang;
pub use super::colour::{Accent, Rgb, MIN_CONTRAST};

/// Every attribute the widget reads, in the order the README's table lists them.
pub const ATTRIBUTES: [&str; 14] = [
    "practice-name",
    "contact-url",
    "contact-phone",
    "help-text",
    "safety-url",
    "safety-phone",
    "safety-text",
    "accent",
    "exit-url",
    "storage-key",
    "lang",
    "langs",
    "texts",
    "start",
];

/// Where quick exit goes when the practice sets no `exit-url`: a plain weather search.
pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/search?q=weather";

/// Where a returning visitor lands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StartAt {
    /// Wherever they left off (the default).
    #[default]
    Quiz,
    /// Their plan, if they have one.
    Plan,
}

/// The practice's settings, already checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Settings {
    /// Shown in the "Getting help" panel, e.g. "Harbour Counselling".
    pub practice_name: Option<String>,
    /// Where "Contact …" leads: an http(s) or mailto address, or a path on the host site.
    pub contact_url: Option<String>,
    /// A phone number as the practice writes it.
    pub contact_phone: Option<String>,
    /// The practice's own words for the "Getting help" panel.
    pub help_text: Option<String>,
    /// Where a visitor who is afraid of their partner can get help: the practice's safety
    /// page or a local abuse service (checked like `contact-url`).
    pub safety_url: Option<String>,
    /// A safety phone line as the practice writes it (checked like `contact-phone`).
    pub safety_phone: Option<String>,
    /// The practice's own words for the safety panel, e.g. which helpline to call.
    pub safety_text: Option<String>,
    pub accent: Option<Accent>,
    /// Where quick exit goes (a neutral site).
    pub exit_url: Option<String>,
    /// Keeps this widget's saved data apart from other widgets on the same site.
    pub storage_key: Option<String>,
    pub lang: Lang,
    /// `lang="auto"`: the shell picks the language from the page and the browser.
    pub lang_auto: bool,
    /// `langs="en es"`: the languages the visitor may switch between (none: no switch).
    pub langs: Vec<Lang>,
    /// `texts`: the address of the practice's own words (a JSON file, see
    /// [`super::catalog::custom`]).
    pub practice_texts: Option<String>,
    pub start: StartAt,
}

/// Why an attribute's value was not used as given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SettingWarning {
    pub attribute: &'static str,
    pub value: String,
    pub problem: &'static str,
}

impl fmt::Display for SettingWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "intimacy-check: {}=\"{}\" {}", self.attribute, self.value, self.problem)
    }
}

const MAX_NAME: usize = 100;
const MAX_HELP: usize = 600;

/// True for an address a link may safely point to: http(s), mailto, or a path on this site.
fn is_safe_url(u: &str) -> bool {
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && u.len() > 8 && !u.contains(char::is_whitespace)
        || lower.starts_with("mailto:") && u.len() > 7
        || u.starts_with('/') && !u.starts_with("//") && !u.contains(char::is_whitespace) && !u.contains('\\')
}

/// True for a phone number as people write one: at least three digits, and only digits,
/// spaces and `+-().`.
fn is_phone(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    digits >= 3 && value.chars().all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// The `tel:` address for a phone number: digits and a leading `+` only.
fn tel(phone: &str) -> Option<String> {
    let mut digits: String = phone.chars().filter(|c| c.is_ascii_digit()).collect();
    if phone.trim_start().starts_with('+') {
        digits.insert(0, '+');
    }
    (!digits.is_empty()).then(|| format!("tel:{digits}"))
}

impl Settings {
    /// Reads the attributes through `get` (attribute name → value, if set).
    pub fn from_attributes(get: impl Fn(&str) -> Option<String>) -> (Settings, Vec<SettingWarning>) {
        let mut s = Settings::default();
        let mut warnings = Vec::new();
        let mut warn = |attribute: &'static str, value: &str, problem: &'static str| {
            warnings.push(SettingWarning { attribute, value: value.to_string(), problem });
        };
        for attribute in ATTRIBUTES {
            let Some(raw) = get(attribute) else { continue };
            let value = raw.trim();
            if value.is_empty() {
                continue;
            }
            match attribute {
                "practice-name" if value.chars().count() <= MAX_NAME => s.practice_name = Some(value.into()),
                "practice-name" => warn(attribute, value, "is longer than 100 characters and was ignored"),
                "help-text" if value.chars().count() <= MAX_HELP => s.help_text = Some(value.into()),
                "help-text" => warn(attribute, value, "is longer than 600 characters and was ignored"),
                "contact-url" if is_safe_url(value) => s.contact_url = Some(value.into()),
                "contact-url" => warn(attribute, value, "is not an http(s), mailto or /path address and was ignored"),
                "exit-url" if is_safe_url(value) && !value.starts_with("mailto:") => s.exit_url = Some(value.into()),
                "exit-url" => warn(attribute, value, "is not an http(s) or /path address and was ignored"),
                "contact-phone" | "safety-phone" if is_phone(value) => {
                    let slot = if attribute == "contact-phone" { &mut s.contact_phone } else { &mut s.safety_phone };
                    *slot = Some(value.into());
                }
                "contact-phone" | "safety-phone" => warn(attribute, value, "is not a phone number and was ignored"),
                "safety-url" if is_safe_url(value) => s.safety_url = Some(value.into()),
                "safety-url" => warn(attribute, value, "is not an http(s), mailto or /path address and was ignored"),
                "safety-text" if value.chars().count() <= MAX_HELP => s.safety_text = Some(value.into()),
                "safety-text" => warn(attribute, value, "is longer than 600 characters and was ignored"),
                "accent" => match Rgb::parse(value) {
                    Some(c) => {
                        let accent = Accent::from_colour(c);
                        if accent.adjusted {
                            warn(attribute, value, "is too light for white text (below 4.5:1) and was darkened");
                        }
                        s.accent = Some(accent);
                    }
                    None => warn(attribute, value, "is not a colour (use #rrggbb or rgb(r, g, b)) and was ignored"),
                },
                "storage-key" => {
                    let ok = value.len() <= 64
                        && value.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
                    if ok {
                        s.storage_key = Some(value.into());
                    } else {
                        warn(attribute, value, "may only hold letters, digits, - and _ (64 at most) and was ignored");
                    }
                }
                "lang" if value.eq_ignore_ascii_case("auto") => s.lang_auto = true,
                "lang" => match Lang::from_tag(value) {
                    Some(lang) => s.lang = lang,
                    None => warn(attribute, value, "is not a language this widget speaks yet; using English"),
                },
                "langs" => {
                    for tag in value.split([' ', ',']).filter(|t| !t.is_empty()) {
                        match Lang::from_tag(tag) {
                            Some(lang) if !s.langs.contains(&lang) => s.langs.push(lang),
                            Some(_) => {}
                            None => warn(attribute, value, "names a language this widget does not speak; it was left out"),
                        }
                    }
                }
                "texts" if is_safe_url(value) && !value.starts_with("mailto:") => s.practice_texts = Some(value.into()),
                "texts" => warn(attribute, value, "is not an http(s) or /path address and was ignored"),
                "start" => match value {
                    "quiz" => s.start = StartAt::Quiz,
                    "plan" => s.start = StartAt::Plan,
                    _ => warn(attribute, value, "must be quiz or plan and was ignored"),
                },
                _ => {}
            }
        }
        (s, warnings)
    }

    /// Where quick exit goes.
    pub fn exit_href(&self) -> &str {
        self.exit_url.as_deref().unwrap_or(DEFAULT_EXIT_URL)
    }

    /// The `tel:` address for the contact phone: digits and a leading `+` only.
    pub fn phone_href(&self) -> Option<String> {
        tel(self.contact_phone.as_deref()?)
    }

    /// The `tel:` address for the safety phone line.
    pub fn safety_phone_href(&self) -> Option<String> {
        tel(self.safety_phone.as_deref()?)
    }
}

#[cfg(test)]
mod contract;

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn read(pairs: &[(&str, &str)]) -> (Settings, Vec<SettingWarning>) {
        let map: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Settings::from_attributes(|name| map.get(name).cloned())
    }

    #[test]
    fn a_full_valid_set_is_read_without_warnings() {
        let (s, w) = read(&[
            ("practice-name", "Harbour Counselling"),
            ("contact-url", "https://harbour.example/book"),
            ("contact-phone", "+44 20 7946 0000"),
            ("help-text", "Call us any weekday."),
            ("safety-url", "https://harbour.example/safety"),
            ("safety-phone", "0808 2000 247"),
            ("safety-text", "Call the National Domestic Abuse Helpline, free, day or night."),
            ("accent", "#2a6f97"),
            ("exit-url", "https://www.bbc.co.uk/weather"),
            ("storage-key", "harbour"),
            ("lang", "en-GB"),
            ("langs", "en es"),
            ("texts", "/our-words.json"),
            ("start", "plan"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(s.practice_name.as_deref(), Some("Harbour Counselling"));
        assert_eq!(s.contact_url.as_deref(), Some("https://harbour.example/book"));
        assert_eq!(s.storage_key.as_deref(), Some("harbour"));
        assert_eq!(s.safety_url.as_deref(), Some("https://harbour.example/safety"));
        assert_eq!(s.safety_phone.as_deref(), Some("0808 2000 247"));
        assert_eq!(s.safety_phone_href().as_deref(), Some("tel:08082000247"));
        assert!(s.safety_text.as_deref().unwrap().starts_with("Call the National"));
        assert_eq!(s.start, StartAt::Plan);
        assert_eq!(s.langs, [Lang::En, Lang::Es]);
        assert_eq!(s.practice_texts.as_deref(), Some("/our-words.json"));
        let accent = s.accent.unwrap();
        assert!(!accent.adjusted);
        assert_eq!(accent.light.hex(), "#2a6f97");
    }

    #[test]
    fn auto_is_a_language_choice_not_a_mistake() {
        let (s, w) = read(&[("lang", "auto")]);
        assert!(w.is_empty() && s.lang_auto);
        assert!(!read(&[("lang", "es")]).0.lang_auto);
    }

    #[test]
    fn spanish_is_read_from_any_regional_tag() {
        for tag in ["es", "es-MX", "es_419", "ES-ar"] {
            let (s, w) = read(&[("lang", tag)]);
            assert!(w.is_empty(), "{tag}: {w:?}");
            assert_eq!(s.lang, Lang::Es, "{tag}");
        }
    }

    #[test]
    fn langs_keeps_the_known_languages_in_order_once() {
        let (s, w) = read(&[("langs", "es, en-GB es fr")]);
        assert_eq!(s.langs, [Lang::Es, Lang::En]);
        assert_eq!(w.len(), 1, "fr is named");
    }

    #[test]
    fn nothing_set_means_defaults_and_no_warnings() {
        let (s, w) = read(&[]);
        assert_eq!(s, Settings::default());
        assert!(w.is_empty());
        let (s, w) = read(&[("practice-name", "   ")]);
        assert_eq!(s, Settings::default());
        assert!(w.is_empty(), "blank values are simply unset");
    }

    #[test]
    fn every_bad_value_is_ignored_with_a_warning_naming_it() {
        let cases = [
            ("contact-url", "javascript:alert(1)"),
            ("contact-url", "//evil.example"),
            ("contact-url", "/\\evil.example"),
            ("contact-url", "harbour.example"),
            ("exit-url", "mailto:a@b.c"),
            ("exit-url", "data:text/html,hi"),
            ("contact-phone", "call us"),
            ("contact-phone", "12"),
            ("safety-url", "javascript:alert(1)"),
            ("safety-url", "//evil.example"),
            ("safety-phone", "<b>999</b>"),
            ("safety-phone", "12"),
            ("accent", "hotpink"),
            ("accent", "#12345"),
            ("accent", "rgb(300, 0, 0)"),
            ("storage-key", "has space"),
            ("storage-key", "a/b"),
            ("lang", "xx"),
            ("langs", "xx"),
            ("texts", "javascript:alert(1)"),
            ("texts", "//evil.example/words.json"),
            ("start", "results"),
        ];
        for (attribute, value) in cases {
            let (s, w) = read(&[(attribute, value)]);
            assert_eq!(w.len(), 1, "{attribute}={value}");
            assert_eq!(w[0].attribute, attribute);
            assert!(w[0].to_string().contains(attribute) && w[0].to_string().contains(value));
            if attribute != "lang" && attribute != "langs" {
                assert_eq!(s, Settings::default(), "{attribute}={value} must not be used");
            }
        }
        let (_, w) = read(&[("practice-name", &"x".repeat(101))]);
        assert_eq!(w.len(), 1);
        let (_, w) = read(&[("help-text", &"x".repeat(601))]);
        assert_eq!(w.len(), 1);
        let (s, w) = read(&[("safety-text", &"x".repeat(601))]);
        assert_eq!((w.len(), s), (1, Settings::default()));
    }

    #[test]
    fn a_light_accent_is_darkened_until_white_text_is_readable_and_warned() {
        let (s, w) = read(&[("accent", "#ffd966")]);
        let accent = s.accent.unwrap();
        assert!(accent.adjusted);
        assert!(accent.light.contrast(Rgb::WHITE) >= MIN_CONTRAST);
        assert_eq!(w.len(), 1);
        assert!(w[0].to_string().contains("darkened"));
    }

    #[test]
    fn phone_href_keeps_digits_and_plus() {
        let s = Settings { contact_phone: Some("+44 20 7946-0000".into()), ..Default::default() };
        assert_eq!(s.phone_href().as_deref(), Some("tel:+442079460000"));
        let s = Settings { contact_phone: Some("(555) 010 2000".into()), ..Default::default() };
        assert_eq!(s.phone_href().as_deref(), Some("tel:5550102000"));
        assert_eq!(Settings::default().phone_href(), None);
    }
}
