//! The widget against the one settings contract (`tests/fixtures/settings-cases.json`), which
//! the configurator's and the WordPress plugin's tests read too: all three must agree.

use super::{Settings, StartAt};
use crate::core::colour::Rgb;
use crate::core::json::{parse, Json};

/// What the widget keeps of `setting` (the contract's "cleaned"), and whether it warned.
fn kept(setting: &str, value: &str) -> (bool, String) {
    let (s, warnings) = Settings::from_attributes(|name| (name == setting).then(|| value.to_string()));
    // A colour too light for white text is taken (and darkened where it is shown), with a
    // note; any other warning means the value was not taken.
    let taken = if setting == "accent" { value.trim().is_empty() || s.accent.is_some() } else { warnings.is_empty() };
    let text = |v: &Option<String>| v.clone().unwrap_or_default();
    let kept = match setting {
        "practice-name" => text(&s.practice_name),
        "help-text" => text(&s.help_text),
        "safety-text" => text(&s.safety_text),
        "contact-url" => text(&s.contact_url),
        "safety-url" => text(&s.safety_url),
        "exit-url" => text(&s.exit_url),
        "contact-phone" => text(&s.contact_phone),
        "safety-phone" => text(&s.safety_phone),
        "storage-key" => text(&s.storage_key),
        "texts" => text(&s.practice_texts),
        // The colour as given; how it is darkened for contrast is shown, not kept.
        "accent" => s.accent.map(|_| Rgb::parse(value).map_or(String::new(), Rgb::hex)).unwrap_or_default(),
        "lang" if s.lang_auto => "auto".into(),
        "lang" if value.trim().is_empty() => String::new(),
        "lang" => s.lang.tag().into(),
        "langs" => s.langs.iter().map(|l| l.tag()).collect::<Vec<_>>().join(" "),
        "start" => match s.start {
            _ if value.trim().is_empty() => String::new(),
            StartAt::Quiz => "quiz".into(),
            StartAt::Plan => "plan".into(),
        },
        other => panic!("the contract names {other}, which the widget does not read"),
    };
    (taken, kept)
}

#[test]
fn the_widget_agrees_with_every_case_of_the_settings_contract() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/settings-cases.json");
    let file = parse(&std::fs::read_to_string(path).expect("the contract")).expect("valid JSON");
    let cases = file.get("cases").and_then(Json::as_array).expect("cases");
    assert!(cases.len() >= 100, "{} cases", cases.len());
    let mut wrong = Vec::new();
    for case in cases {
        let field = |k: &str| case.get(k).and_then(Json::as_str).unwrap_or_default().to_string();
        let (setting, value) = (field("setting"), field("value"));
        let ok = case.get("ok").and_then(Json::as_bool).expect("ok");
        let (taken, kept) = kept(&setting, &value);
        if taken != ok {
            wrong.push(format!("{setting} {value:?}: {}, the contract says {ok}", if taken { "taken" } else { "refused" }));
        } else if ok && kept != field("cleaned") {
            wrong.push(format!("{setting} {value:?}: kept {kept:?}, the contract says {:?}", field("cleaned")));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
