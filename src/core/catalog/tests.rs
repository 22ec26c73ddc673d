//! The language files, read: every text there, lined up and filled.

use super::custom::placeholders;
use super::keys::KIND_KEYS;
use super::*;
use crate::core::bank::{asked_id, AREAS};

fn all_catalogs() -> Vec<&'static Catalog> {
    Lang::ALL.iter().map(|&l| catalog(l)).collect()
}

#[test]
fn statement_texts_line_up_with_the_bank() {
    for c in all_catalogs() {
        for i in 0..ASKED {
            let id = asked_id(i).unwrap();
            assert_eq!(c.statements[i].0, id, "statement {i} is out of line");
            assert!(!c.statement(i).trim().is_empty(), "{id} has no text");
        }
    }
}

#[test]
fn no_empty_area_or_band_text() {
    for c in all_catalogs() {
        for a in AREAS {
            let t = c.area(a);
            for text in [t.name, t.meaning, t.low, t.middle, t.high] {
                assert!(!text.trim().is_empty(), "{a:?} has an empty text");
            }
        }
        for b in &c.bands {
            assert!(!b.name.is_empty() && !b.overall.is_empty());
        }
        assert!(c.scale.iter().all(|s| !s.is_empty()));
    }
}

#[test]
fn texts_are_unique() {
    for c in all_catalogs() {
        let mut seen = std::collections::HashSet::new();
        for (_, t) in &c.statements {
            assert!(seen.insert(*t), "duplicate statement: {t}");
        }
        for a in &c.areas {
            assert!(seen.insert(a.name), "duplicate area name: {}", a.name);
        }
    }
}

#[test]
fn statements_are_short_plain_sentences() {
    // Plain words for a worried reader: short statements, one idea each.
    for c in all_catalogs() {
        for (id, t) in &c.statements {
            let words = t.split_whitespace().count();
            assert!(words <= 20, "{id} has {words} words");
            assert!(t.ends_with('.'), "{id} should be a full sentence");
        }
    }
}

#[test]
fn activity_texts_line_up_with_the_library() {
    for c in all_catalogs() {
        for (i, a) in ACTIVITIES.iter().enumerate() {
            let t = &c.activities[i];
            assert_eq!(t.id, a.id, "activity {i} is out of line");
            assert!(!t.title.trim().is_empty(), "{} has no title", a.id);
            assert!(!t.title.ends_with('.'), "{}: a title, not a sentence", a.id);
            assert!((2..=4).contains(&t.steps.len()), "{} has {} steps", a.id, t.steps.len());
            for step in t.steps {
                assert!(step.ends_with('.') || step.ends_with('?'), "{}: {step}", a.id);
                assert!(step.split_whitespace().count() <= 24, "{}: long step {step}", a.id);
            }
            assert!(t.why.ends_with('.'), "{}: why is a sentence", a.id);
            assert!(t.why.split_whitespace().count() <= 30, "{}: long why", a.id);
        }
    }
}

#[test]
fn activity_titles_are_unique() {
    for c in all_catalogs() {
        let mut seen = std::collections::HashSet::new();
        for a in c.activities.iter() {
            assert!(seen.insert(a.title), "duplicate title {}", a.title);
        }
    }
}

#[test]
fn texts_use_plain_ascii_punctuation() {
    // Straight quotes in every language (Spanish too: no curly or angle quotes), so
    // exports and screen readers treat every text alike.
    for c in all_catalogs() {
        for (key, t) in c.entries() {
            assert!(
                !t.contains(['\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}']),
                "curly quotes in {key}: {t}"
            );
        }
    }
}

#[test]
fn fill_replaces_named_values() {
    assert_eq!(fill("Question {n} of {total}", &[("n", "3"), ("total", "28")]), "Question 3 of 28");
    assert_eq!(fill("{x} and {x}", &[("x", "a")]), "a and a");
    assert_eq!(fill("No value", &[]), "No value");
}

#[test]
fn templates_have_their_placeholders() {
    let ui = &catalog(Lang::En).ui;
    assert!(ui.question_of.contains("{n}") && ui.question_of.contains("{total}"));
    assert!(ui.area_score.contains("{area}") && ui.area_score.contains("{n}"));
    assert!(ui.area_score.contains("out of 100"));
    assert!(ui.overall_score.contains("{n}"));
    assert!(ui.help_contact_named.contains("{practice}"));
}

#[test]
fn the_visitors_choice_counts_only_among_the_offered_languages() {
    let both = [Lang::En, Lang::Es];
    assert_eq!(Lang::shown(Some(Lang::Es), &both, Lang::En), Lang::Es);
    assert_eq!(Lang::shown(None, &both, Lang::Es), Lang::Es);
    assert_eq!(Lang::shown(Some(Lang::Es), &[], Lang::En), Lang::En, "no switch offered: the practice's lang");
    assert_eq!(Lang::shown(Some(Lang::Es), &[Lang::En], Lang::En), Lang::En);
    assert_eq!(Lang::Es.tries(), [Lang::Es, Lang::En]);
    assert_eq!(Lang::En.tries(), [Lang::En]);
}

#[test]
fn lang_tags() {
    assert_eq!(Lang::from_tag("en"), Some(Lang::En));
    assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("es"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
    assert_eq!(Lang::from_tag("es_419"), Some(Lang::Es));
    assert_eq!(Lang::from_tag(" ES-ar "), Some(Lang::Es));
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
    assert_eq!(Lang::from_tag("xx"), None);
    let langs = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(Lang::auto(Some("es-MX"), &langs(&["en-US"])), Lang::Es, "the page first");
    assert_eq!(Lang::auto(Some("fr"), &langs(&["de", "es-419", "en"])), Lang::Es, "then the browser, in order");
    assert_eq!(Lang::auto(None, &langs(&["en-GB", "es"])), Lang::En);
    assert_eq!(Lang::auto(Some(""), &langs(&["pt", "fr"])), Lang::En, "then English");
    assert_eq!(Lang::from_tag(""), None);
}

/// Words that are rightly the same as the English in another language: templates made
/// only of placeholders and units. Keep this list tiny; anything else is untranslated.
const SAME_AS_ENGLISH: &[&str] = &["plan.minutes_each", "day_short", "date_long", "days.end_area_line"];

#[test]
fn placeholders_are_found() {
    assert_eq!(placeholders("{area}: {before} of 100, {now}"), ["area", "before", "now"]);
    assert!(placeholders("no braces").is_empty());
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let english = catalog(Lang::En).entries();
    let mut keys = std::collections::HashSet::new();
    for (key, _) in &english {
        assert!(keys.insert(key.as_str()), "duplicate key {key}");
        assert!(
            key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c)),
            "{key}: keys are lowercase ASCII, digits, '.', '_' and '-'"
        );
    }
    for lang in Lang::ALL {
        let texts = catalog(lang).entries();
        let tag = lang.tag();
        let (got, want): (Vec<_>, Vec<_>) =
            (texts.iter().map(|t| &t.0).collect(), english.iter().map(|t| &t.0).collect());
        assert_eq!(got, want, "{tag}: the keys differ from English (a missing or extra step?)");
        for ((key, text), (_, en)) in texts.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{tag} {key} is empty");
            assert_eq!(text.trim(), *text, "{tag} {key} has spaces at an end");
            assert_eq!(placeholders(text), placeholders(en), "{tag} {key}: placeholders differ from English");
            if lang != Lang::En && !SAME_AS_ENGLISH.contains(&key.as_str()) {
                assert_ne!(text, en, "{tag} {key} is still English");
            }
        }
    }
}

#[test]
fn the_key_list_is_stable() {
    // Keys will name the texts in per-language files and practice overrides: a change
    // here breaks those files, so it must be on purpose.
    let texts = catalog(Lang::En).entries();
    let keys: Vec<&str> = texts.iter().map(|(k, _)| k.as_str()).collect();
    for key in [
        "ui.title",
        "ui.intro_lead",
        "ui.continue",
        "scale.strongly_disagree",
        "bands.needs_attention.overall",
        "areas.safety.name",
        "areas.affection.high",
        "statements.safety-real-self",
        "plan.form_title",
        "plan.file_name",
        "kinds.time-together.hint",
        "weekdays.mon",
        "months.dec",
        "day_short",
        "activities.safety-thank-for-honesty.title",
        "activities.safety-thank-for-honesty.steps.0",
        "activities.affection-talk-about-warmth.why",
        "privacy.msg_delete_failed",
        "partner.problem_mistake",
        "partner.talk_5",
    ] {
        assert!(keys.contains(&key), "{key} is missing");
    }
    let steps: usize = catalog(Lang::En).activities.iter().map(|a| a.steps.len()).sum();
    let activities = ACTIVITIES.len();
    assert_eq!(keys.len(), 69 + 5 + 3 * 2 + 8 * 5 + ASKED + 71 + 6 * 2 + 7 + 12 + 2 + activities * 2 + steps + 32 + 60 + 23 + 21);
}

#[test]
fn low_results_never_put_the_repair_on_the_visitor_alone_and_safety_texts_carry_no_label() {
    // Read as a frightened visitor would: "it can be rebuilt" alone says "stay and try
    // harder". The low texts name both partners (or "never your job alone").
    for (lang, both) in [(Lang::En, ["both", "alone"]), (Lang::Es, ["ambas", "solo"])] {
        let c = catalog(lang);
        for (key, text) in [
            ("bands.needs_attention.overall", c.bands[0].overall),
            ("areas.safety.low", c.area(AreaId::Safety).low),
            ("areas.support.low", c.area(AreaId::Support).low),
        ] {
            assert!(both.iter().any(|w| text.contains(w)), "{lang:?} {key}: {text}");
            assert!(!text.contains("rebuilt") && !text.contains("recuperar"), "{lang:?} {key}: {text}");
        }
        let understanding = c.activity("understanding-their-side").steps.join(" ");
        assert!(understanding.contains(["excusing", "justificar"][lang as usize]), "{lang:?}");
        // No labels and no urging in what a visitor who may not be safe reads.
        let t = &c.safety;
        for text in [t.panel_title, t.panel_lead, t.panel_deserve, t.panel_alone, t.emergency, t.browsing,
            t.plan_note, t.plan_focus, t.partner_not_now, t.check_intro, c.ui.help_safety] {
            let lower = text.to_lowercase();
            for label in ["abuse", "abuser", "victim", "violence", "abuso", "víctima", "violencia", "maltrato", "leave him", "leave her"] {
                assert!(!lower.contains(label), "{lang:?}: {label} in {text}");
            }
        }
        // The emergency line names no country's number.
        assert!(!t.emergency.chars().any(|ch| ch.is_ascii_digit()), "{lang:?}: {}", t.emergency);
        // The couples text and the text for fear are separate keys.
        assert_ne!(c.ui.help_text, c.ui.help_safety);
    }
}

#[test]
fn kind_keys_are_the_saved_names() {
    for (kind, key) in Kind::ALL.iter().zip(KIND_KEYS) {
        assert_eq!(kind.key(), key);
    }
}

#[test]
fn file_names_are_plain() {
    for c in all_catalogs() {
        let name = c.plan.file_name;
        assert!(!name.is_empty() && name.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'), "{name}");
    }
}
