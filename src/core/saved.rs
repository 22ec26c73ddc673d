//! The saved format: how [`Progress`] is written to a string, and read back without ever
//! losing an answer that can be salvaged.
//!
//! The envelope carries a format version from day one. Reading is deliberately forgiving:
//! each answer is checked on its own, so one bad value costs that value, not the save.

use serde::Serialize;
use serde_json::{Map, Value};

use super::answer::{Answer, Answers};
use super::bank::{position_of, BANK};
use super::state::{Progress, Screen};

/// The version this build writes.
pub const FORMAT_VERSION: u64 = 1;

/// What reading a saved value found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Loaded {
    /// Nothing was saved.
    Nothing,
    /// Everything was read.
    Restored(Progress),
    /// Some parts could not be read; the rest is here. `dropped` counts what was left out.
    Salvaged { progress: Progress, dropped: usize },
    /// Nothing could be read.
    Unreadable,
    /// Written by a newer version of the widget: it must not be overwritten.
    Newer { version: u64 },
}

#[derive(Serialize)]
struct Envelope<'a> {
    version: u64,
    answers: &'a Answers,
    /// "intro", "results", or the id of the question on screen.
    at: &'a str,
    finished: bool,
}

/// Writes progress in the current format.
pub fn encode(p: &Progress) -> String {
    let at = match p.screen {
        Screen::Intro => "intro",
        Screen::Results => "results",
        Screen::Question(q) => BANK.get(q).map_or("intro", |s| s.id),
    };
    let envelope = Envelope { version: FORMAT_VERSION, answers: &p.answers, at, finished: p.finished };
    // Serialising plain strings, numbers and bools cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads a saved value (`None` when nothing was saved).
pub fn decode(raw: Option<&str>) -> Loaded {
    let Some(raw) = raw else { return Loaded::Nothing };
    let Ok(Value::Object(obj)) = serde_json::from_str::<Value>(raw) else {
        return Loaded::Unreadable;
    };
    let version = obj.get("version").and_then(Value::as_u64);
    if let Some(v) = version {
        if v > FORMAT_VERSION {
            return Loaded::Newer { version: v };
        }
    }
    let mut dropped = usize::from(version.is_none_or(|v| v == 0));
    let (answers, lost) = read_answers(obj.get("answers"));
    dropped += lost;
    let (screen, bad_screen) = read_screen(obj.get("at"));
    dropped += usize::from(bad_screen);
    let finished = match obj.get("finished") {
        Some(Value::Bool(b)) => *b,
        None => false,
        Some(_) => {
            dropped += 1;
            false
        }
    } || screen == Screen::Results;

    if answers.is_empty() && dropped > 0 && !has_any_known_field(&obj) {
        return Loaded::Unreadable;
    }
    let progress = Progress { answers, screen, finished };
    if dropped == 0 {
        Loaded::Restored(progress)
    } else {
        Loaded::Salvaged { progress, dropped }
    }
}

fn has_any_known_field(obj: &Map<String, Value>) -> bool {
    ["version", "answers", "at", "finished"].iter().any(|k| obj.contains_key(*k))
}

/// Keeps every answer that names a current question and holds a value from 1 to 5.
fn read_answers(value: Option<&Value>) -> (Answers, usize) {
    let mut answers = Answers::new();
    let Some(value) = value else { return (answers, 0) };
    let Value::Object(map) = value else { return (answers, 1) };
    let mut dropped = 0;
    for (id, v) in map {
        let answer = v.as_u64().and_then(|n| u8::try_from(n).ok()).and_then(Answer::from_value);
        match answer {
            Some(a) if answers.set_id(id, a) => {}
            _ => dropped += 1,
        }
    }
    (answers, dropped)
}

/// Reads where the visitor was; an unknown place falls back to the intro.
fn read_screen(value: Option<&Value>) -> (Screen, bool) {
    match value.and_then(Value::as_str) {
        None if value.is_none() => (Screen::Intro, false),
        Some("intro") => (Screen::Intro, false),
        Some("results") => (Screen::Results, false),
        Some(id) => match position_of(id) {
            Some(q) => (Screen::Question(q), false),
            None => (Screen::Intro, true),
        },
        None => (Screen::Intro, true),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Progress {
        let mut answers = Answers::new();
        answers.set(0, Answer::StronglyAgree);
        answers.set(5, Answer::Disagree);
        Progress { answers, screen: Screen::Question(6), finished: false }
    }

    #[test]
    fn round_trip() {
        for screen in [Screen::Intro, Screen::Question(0), Screen::Question(27), Screen::Results] {
            let mut p = sample();
            p.screen = screen;
            p.finished = screen == Screen::Results;
            assert_eq!(decode(Some(&encode(&p))), Loaded::Restored(p));
        }
        let empty = Progress::default();
        assert_eq!(decode(Some(&encode(&empty))), Loaded::Restored(empty));
    }

    #[test]
    fn carries_its_version() {
        let v: Value = serde_json::from_str(&encode(&sample())).unwrap();
        assert_eq!(v["version"], FORMAT_VERSION);
        assert_eq!(v["at"], BANK[6].id);
    }

    #[test]
    fn nothing_saved() {
        assert_eq!(decode(None), Loaded::Nothing);
    }

    #[test]
    fn newer_versions_are_left_alone() {
        let raw = format!("{{\"version\":{},\"answers\":{{}}}}", FORMAT_VERSION + 1);
        assert_eq!(decode(Some(&raw)), Loaded::Newer { version: FORMAT_VERSION + 1 });
    }

    #[test]
    fn bad_answers_are_dropped_one_by_one() {
        let raw = format!(
            r#"{{"version":1,"answers":{{"{}":4,"{}":9,"gone-question":3,"{}":"x"}},"at":"{}"}}"#,
            BANK[0].id, BANK[1].id, BANK[2].id, BANK[3].id
        );
        match decode(Some(&raw)) {
            Loaded::Salvaged { progress, dropped } => {
                assert_eq!(dropped, 3);
                assert_eq!(progress.answers.get(0), Some(Answer::Agree));
                assert_eq!(progress.answers.len(), 1);
                assert_eq!(progress.screen, Screen::Question(3));
            }
            other => panic!("expected salvage, got {other:?}"),
        }
    }

    #[test]
    fn unknown_screen_falls_back_to_the_intro_keeping_answers() {
        let raw = format!(r#"{{"version":1,"answers":{{"{}":2}},"at":"nowhere"}}"#, BANK[0].id);
        match decode(Some(&raw)) {
            Loaded::Salvaged { progress, dropped: 1 } => {
                assert_eq!(progress.screen, Screen::Intro);
                assert_eq!(progress.answers.get(0), Some(Answer::Disagree));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn garbage_is_unreadable() {
        for raw in ["", "{", "null", "[]", "42", "\"text\"", "{\"other\":1}"] {
            assert_eq!(decode(Some(raw)), Loaded::Unreadable, "{raw:?}");
        }
    }

    #[test]
    fn a_missing_version_still_keeps_the_answers() {
        let raw = format!(r#"{{"answers":{{"{}":5}}}}"#, BANK[0].id);
        match decode(Some(&raw)) {
            Loaded::Salvaged { progress, .. } => {
                assert_eq!(progress.answers.get(0), Some(Answer::StronglyAgree))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn results_screen_means_finished() {
        let raw = r#"{"version":1,"answers":{},"at":"results"}"#;
        match decode(Some(raw)) {
            Loaded::Restored(p) => assert!(p.finished),
            other => panic!("{other:?}"),
        }
    }
}
