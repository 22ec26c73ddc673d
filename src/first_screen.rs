//! The static first screen (`web/first-screen.json`): the app's own intro for a visitor with
//! nothing saved, rendered natively by Yew's server renderer from the same components, texts
//! and ids, so the embed loader can show it before the wasm has arrived.
//!
//! The file holds, per language, the screen as the app renders it with default settings, and
//! the few parts a practice's settings change, each rendered with a stand-in value the loader
//! replaces as text: "Offered by …", the "Getting help" line in each of its forms, and the
//! language switch. `runs` names the text keys behind each text of the markup, in document
//! order, so the loader can put in a practice's own words. `composed` lists the keys it
//! cannot: texts filled in from a template (with a practice's version, the loader waits for
//! the app).
//!
//! `first_screen_file_is_the_apps_render` fails when the file differs from a fresh render;
//! `IC_WRITE_FIRST_SCREEN=1 cargo test --lib first_screen` writes it anew.

use std::rc::Rc;

use yew::prelude::*;
use yew::LocalServerRenderer;

use crate::components::{intro, widget_body};
use crate::core::catalog::files::{catalog, entries, file};
use crate::core::date::Date;
use crate::core::lang::Lang;
use crate::core::progress::Progress;
use crate::core::settings::Settings;
use crate::core::state::State;
use crate::quiz::{Live, Quiz};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/web/first-screen.json");

/// The stand-ins, private-use characters no text or setting contains.
const NAME: &str = "\u{e000}";
const SAFETY_URL: &str = "\u{e001}";
const CONTACT_URL: &str = "\u{e002}";
/// A phone number, since the `tel:` address keeps only its digits: "tel:+1234".
const PHONE: &str = "+1 234";

/// Keys whose text is a template filled in by the presenter: on the first screen, the loader
/// cannot put a practice's version in, so it waits for the app.
const COMPOSED: [&str; 4] = ["ui.intro_how", "ui.offered_by", "ui.help_contact_named", "safety.call"];

#[derive(Properties, PartialEq)]
struct FreshProps {
    lang: Lang,
    settings: Rc<Settings>,
}

/// What a visitor with nothing saved sees first: the intro in the widget's box.
#[component]
fn Fresh(props: &FreshProps) -> Html {
    let live = use_reducer(|| Live::new(State::new(Progress::default(), None, Date::from_days(0))));
    // "ic1": the first widget on a page (the loader renumbers the rest).
    let quiz = Quiz::new(live, catalog(props.lang), props.settings.clone(), NodeRef::default(), "ic1".into());
    let screen = intro(&quiz);
    widget_body(quiz, screen, props.lang, NodeRef::default())
}

/// The markup the app renders for `settings` in `lang`, as a string.
pub fn render(lang: Lang, settings: Settings) -> String {
    let props = FreshProps { lang, settings: Rc::new(settings) };
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a runtime");
    let local = tokio::task::LocalSet::new();
    runtime.block_on(local.run_until(LocalServerRenderer::<Fresh>::with_props(props).hydratable(false).render()))
}

/// The forms of the "Getting help" line, by the settings that choose them (see `help_line`).
const HELP: [(&str, fn(&mut Settings)); 5] = [
    ("none", |_| {}),
    ("contact", |s| s.contact_url = Some(CONTACT_URL.into())),
    ("contact-named", |s| {
        s.contact_url = Some(CONTACT_URL.into());
        s.practice_name = Some(NAME.into());
    }),
    ("safety-phone", |s| s.safety_phone = Some(PHONE.into())),
    ("safety-url", |s| s.safety_url = Some(SAFETY_URL.into())),
];

/// The language switches a practice can offer, by the order it gave.
const LANGS: [(&str, [Lang; 2]); 2] = [("en es", [Lang::En, Lang::Es]), ("es en", [Lang::Es, Lang::En])];

/// The element whose class starts with `class` (e.g. `class="ic-help-line`), up to the first
/// `close` after it, where `html` has one.
fn element<'a>(html: &'a str, class: &str, close: &str) -> Option<(usize, &'a str)> {
    let at = html[..html.find(class)?].rfind('<')?;
    let end = at + html[at..].find(close)? + close.len();
    Some((at, &html[at..end]))
}

const OFFERED: (&str, &str) = ("class=\"ic-offered\"", "</p>");
const HELP_LINE: (&str, &str) = ("class=\"ic-help-line", "</p>");
const SWITCH: (&str, &str) = ("class=\"ic-langs\"", "</div>");
/// Where the loader puts "Offered by …" (after the facts) and the switch (first in the bar).
const AFTER_FACTS: &str = "</ul>";
const EXIT_BAR: &str = "<div class=\"ic-exit-bar ic-no-print\">";

/// The parts of one language's first screen.
struct Parts {
    screen: String,
    offered: String,
    help: Vec<(&'static str, String)>,
    langs: Vec<(&'static str, String)>,
}

fn parts(lang: Lang) -> Parts {
    let screen = render(lang, Settings::default());
    let named = render(lang, Settings { practice_name: Some(NAME.into()), ..Settings::default() });
    let offered = element(&named, OFFERED.0, OFFERED.1).expect("the offered line").1.to_string();
    let help = HELP
        .iter()
        .map(|(name, set)| {
            let mut s = Settings::default();
            set(&mut s);
            (*name, element(&render(lang, s), HELP_LINE.0, HELP_LINE.1).expect("the help line").1.to_string())
        })
        .collect();
    let langs = LANGS
        .iter()
        .map(|(name, langs)| {
            let html = render(lang, Settings { langs: langs.to_vec(), ..Settings::default() });
            (*name, element(&html, SWITCH.0, SWITCH.1).expect("the language switch").1.to_string())
        })
        .collect();
    Parts { screen, offered, help, langs }
}

/// The screen with the parts for these settings put in as the loader puts them in.
fn assembled(p: &Parts, named: bool, help: &str, langs: Option<&str>) -> String {
    let mut html = p.screen.clone();
    let (at, old) = element(&html, HELP_LINE.0, HELP_LINE.1).expect("the help line");
    let new = &p.help.iter().find(|(n, _)| *n == help).expect("a help form").1;
    html.replace_range(at..at + old.len(), new);
    if named {
        let at = html.find("class=\"ic-facts\"").expect("the facts");
        let at = at + html[at..].find(AFTER_FACTS).unwrap() + AFTER_FACTS.len();
        html.insert_str(at, &p.offered);
    }
    if let Some(langs) = langs {
        let at = html.find(EXIT_BAR).expect("the exit bar") + EXIT_BAR.len();
        html.insert_str(at, &p.langs.iter().find(|(n, _)| *n == langs).expect("a switch").1);
    }
    html
}

/// The texts of `html` in document order, entities read back.
fn texts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for piece in html.split('<').skip(1) {
        let text = piece.split_once('>').map_or("", |(_, t)| t);
        if !text.is_empty() {
            let plain = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'");
            out.push(plain.replace("&amp;", "&"));
        }
    }
    out
}

/// Which keys make up `text`: the longest key texts that cover it, with the literal glue
/// between them (": "), or `None` when something in it is not a key's text.
fn keys_of(text: &str, keyed: &[(String, String)]) -> Option<Vec<String>> {
    let mut rest = text;
    let mut out = Vec::new();
    'outer: while !rest.is_empty() {
        for glue in [": ", " ", "."] {
            if let Some(r) = rest.strip_prefix(glue) {
                out.push(glue.to_string());
                rest = r;
                continue 'outer;
            }
        }
        let found = keyed.iter().filter(|(_, t)| !t.is_empty() && rest.starts_with(t.as_str())).max_by_key(|(_, t)| t.len())?;
        out.push(found.0.clone());
        rest = &rest[found.1.len()..];
    }
    Some(out)
}

/// The keys behind each text of `html`, or `None` for a text the loader leaves as it is (a
/// language's own name, a stand-in, or a composed text).
fn runs(html: &str, keyed: &[(String, String)]) -> Vec<Option<Vec<String>>> {
    texts(html).iter().map(|text| keys_of(text, keyed)).collect()
}

fn runs_json(runs: &[Option<Vec<String>>]) -> String {
    let one = |r: &Option<Vec<String>>| match r {
        Some(keys) => format!("[{}]", keys.iter().map(|k| json_string(k)).collect::<Vec<_>>().join(",")),
        None => "null".into(),
    };
    format!("[{}]", runs.iter().map(one).collect::<Vec<_>>().join(","))
}

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 || (0xe000..0xf900).contains(&(c as u32)) => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The texts of a language file that are plain (no `{placeholder}`), by key.
fn plain_texts(lang: Lang) -> Vec<(String, String)> {
    entries(file(lang)).into_iter().filter(|(_, t)| !t.contains('{')).collect()
}

/// Every part's html, in the file's order.
fn htmls(p: &Parts) -> Vec<&str> {
    let mut out = vec![p.screen.as_str(), p.offered.as_str()];
    out.extend(p.help.iter().chain(&p.langs).map(|(_, h)| h.as_str()));
    out
}

/// The whole file, as `make dist` puts it into the loader: `runs` once (every language's
/// markup has the same texts in the same places; this checks it), then per language the
/// markup and `texts`, the words of each key that shares a text with others (such as
/// "Getting help: "), so the loader can replace one of them alone.
pub fn first_screen_file() -> String {
    let all: Vec<(Lang, Parts)> = Lang::ALL.iter().map(|&l| (l, parts(l))).collect();
    let map = |list: &[(&str, String)], f: &dyn Fn(&str) -> String| {
        list.iter().map(|(n, h)| format!("{}:{}", json_string(n), f(h))).collect::<Vec<_>>().join(",")
    };
    let shape = |p: &Parts, f: &dyn Fn(&str) -> String| {
        format!(
            "{{\"screen\":{},\"offered\":{},\"help\":{{{}}},\"langs\":{{{}}}",
            f(&p.screen),
            f(&p.offered),
            map(&p.help, f),
            map(&p.langs, f)
        )
    };
    let run_shapes: Vec<String> = all
        .iter()
        .map(|(lang, p)| {
            let keyed = plain_texts(*lang);
            shape(p, &|html| runs_json(&runs(html, &keyed))) + "}"
        })
        .collect();
    assert!(run_shapes.windows(2).all(|w| w[0] == w[1]), "every language has the same texts in the same places");
    let composed = COMPOSED.iter().map(|k| json_string(k)).collect::<Vec<_>>().join(",");
    let mut out = format!("{{\"composed\":[{composed}],\n\"runs\":{}", run_shapes[0]);
    for (lang, p) in &all {
        let keyed = plain_texts(*lang);
        let mut shared: Vec<String> = htmls(p)
            .iter()
            .flat_map(|h| runs(h, &keyed))
            .flatten()
            .filter(|keys| keys.len() > 1)
            .flatten()
            .filter(|k| keyed.iter().any(|(key, _)| key == k))
            .collect();
        shared.sort();
        shared.dedup();
        let texts = shared
            .iter()
            .map(|k| format!("{}:{}", json_string(k), json_string(&keyed.iter().find(|(key, _)| key == k).unwrap().1)))
            .collect::<Vec<_>>()
            .join(",");
        let markup = shape(p, &|html| json_string(html));
        out.push_str(&format!(",\n{}:{},\"texts\":{{{texts}}}}}", json_string(lang.tag()), markup));
    }
    out.push_str("\n}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_screen_file_is_the_apps_render() {
        let fresh = first_screen_file();
        if std::env::var_os("IC_WRITE_FIRST_SCREEN").is_some() {
            std::fs::write(PATH, &fresh).expect("web/first-screen.json written");
        }
        let kept = std::fs::read_to_string(PATH).unwrap_or_default();
        assert!(
            kept == fresh,
            "web/first-screen.json is not the app's render: run IC_WRITE_FIRST_SCREEN=1 cargo test --lib first_screen"
        );
    }

    /// The loader's three steps (replace the help line, add "Offered by", add the switch)
    /// give exactly what the app renders, for every mix of the settings that change the screen.
    #[test]
    fn putting_parts_in_gives_the_apps_render_for_every_mix_of_settings() {
        for lang in Lang::ALL {
            let p = parts(lang);
            // "contact-named" is "contact" with a practice name, chosen below.
            for (help, set) in HELP.into_iter().filter(|(h, _)| *h != "contact-named") {
                for named in [false, true] {
                    for langs in [None, Some(0), Some(1)] {
                        let mut s = Settings::default();
                        set(&mut s);
                        if named {
                            s.practice_name = Some(NAME.into());
                        }
                        let help = if help == "contact" && named { "contact-named" } else { help };
                        if let Some(i) = langs {
                            s.langs = LANGS[i].1.to_vec();
                        }
                        let want = render(lang, s);
                        let got = assembled(&p, named, help, langs.map(|i| LANGS[i].0));
                        assert_eq!(got, want, "{lang:?} help={help} named={named} langs={langs:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_text_on_the_first_screen_is_a_key_or_is_left_alone_for_a_reason() {
        for lang in Lang::ALL {
            let p = parts(lang);
            let keyed = plain_texts(lang);
            let all = std::iter::once(&p.screen).chain(std::iter::once(&p.offered)).chain(p.help.iter().map(|(_, h)| h));
            for html in all {
                for text in texts(html) {
                    if keys_of(&text, &keyed).is_none() {
                        // Only a stand-in or a composed text may be left alone.
                        let from_template = COMPOSED.iter().any(|k| {
                            let t = entries(file(lang)).into_iter().find(|(key, _)| key == k).unwrap().1;
                            t.split(['{', '}']).step_by(2).filter(|s| s.len() > 2).all(|lit| text.contains(lit))
                        });
                        assert!(from_template, "{lang:?}: {text:?} comes from no key");
                    }
                }
            }
        }
    }

    #[test]
    fn the_first_screen_is_the_intro_in_the_widgets_box_with_quick_exit_first() {
        let html = render(Lang::En, Settings::default());
        assert!(html.starts_with("<div lang=\"en\" class=\"ic\"><div class=\"ic-exit-bar ic-no-print\"><button"), "{html}");
        assert!(html.contains("Quick exit"));
        assert!(html.contains("id=\"ic1-title\""));
        assert!(html.contains("<details class=\"ic-privacy ic-no-print\">"));
        let es = render(Lang::Es, Settings::default());
        assert!(es.starts_with("<div lang=\"es\" class=\"ic\">"));
        assert!(!es.contains("Quick exit"));
    }
}
