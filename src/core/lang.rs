//! The languages the widget speaks, and how the one shown is chosen: a leaf, with nothing
//! of the widget below it.

/// A language the widget can speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    /// Neutral Latin-American Spanish, addressed with "tú".
    Es,
}

impl Lang {
    /// Every language offered, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// Reads a BCP 47 tag such as `en`, `en-GB` or `es-MX` (or `es_419`); `None` when the
    /// language is not offered.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// `lang="auto"`: the host page's own language (`<html lang>`) if offered, then the
    /// browser's preferred languages in order, then English.
    pub fn auto(page: Option<&str>, preferred: &[String]) -> Lang {
        page.into_iter().chain(preferred.iter().map(String::as_str)).find_map(Lang::from_tag).unwrap_or_default()
    }

    /// The language's name in itself, for the language switch: "English", "Español".
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// The language to show: the visitor's own choice when the practice offers it (`langs`),
    /// else the widget's `lang`.
    pub fn shown(chosen: Option<Lang>, offered: &[Lang], default: Lang) -> Lang {
        chosen.filter(|l| offered.contains(l)).unwrap_or(default)
    }

    /// The languages to try, in order, when this one's file cannot be read: itself, then
    /// English.
    pub fn tries(self) -> &'static [Lang] {
        match self {
            Lang::En => &[Lang::En],
            Lang::Es => &[Lang::Es, Lang::En],
        }
    }

    /// The locale for dates in words: British day-month order in English, as the texts use.
    pub fn locale(self) -> &'static str {
        match self {
            Lang::En => "en-GB",
            Lang::Es => "es",
        }
    }

    /// Whether a short date names the month in full: Spanish abbreviates Tuesday and March
    /// alike ("mar"), so its short dates read "mar 4 de marzo".
    pub fn months_in_full(self) -> bool {
        self == Lang::Es
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}
