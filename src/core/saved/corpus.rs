//! Hostile and damaged saves: decoding must never panic, and must keep every answer that
//! can be salvaged. A fixed corpus of hand-made cases plus generated ones (random bytes,
//! and random damage to a real save).

use super::*;
use crate::core::answer::{Answer, Answers};
use crate::core::date::Date;
use crate::core::json::test_edit::j;
use crate::core::progress::CompletedQuiz;

/// Saves are edited as JSON values, the way they once were with serde_json.
type Value = Json;
use crate::core::bank::BANK;
use crate::core::plan::choices::PlanChoices;
use crate::core::plan::{PlanWeek, PlannedActivity};
use crate::core::plan::library::ACTIVITIES;

/// A realistic save with answers, history, plan, ticks and notes.
fn real() -> Progress {
    let mut answers = Answers::new();
    for i in 0..BANK.len() {
        answers.set(i, Answer::SCALE[i % 5]);
    }
    let mut p = Progress { answers: answers.clone(), screen: Screen::Plan, finished: true, ..Progress::default() };
    p.history = vec![CompletedQuiz { date: Date::new(2026, 11, 20), answers }];
    p.in_history = true;
    let item = |i: usize, days: Vec<u8>| PlannedActivity { activity: ACTIVITIES[i].id.to_string(), days };
    p.plan = Some(RebuildPlan {
        start: Date::new(2026, 11, 20).unwrap(),
        choices: PlanChoices::default(),
        seed: 1,
        for_two: None,
        resumed: Vec::new(),
        weeks: vec![PlanWeek { items: vec![item(0, (0..7).collect()), item(3, vec![2])] }],
    });
    p.tracking.set_done(0, ACTIVITIES[3].id, 2, true);
    p.tracking.set_note(0, "notes survive");
    p
}

/// Decodes and checks the invariants that hold for any input.
fn check(raw: &str) -> Loaded {
    let loaded = decode(Some(raw));
    if let Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. } = &loaded {
        for (id, a) in p.answers.iter() {
            assert!(position_of(id).is_some(), "kept an unknown question {id}");
            assert!((1..=5).contains(&a.value()));
        }
        if let Screen::Question(q) = p.screen {
            assert!(q < BANK.len());
        }
        if let Some(plan) = &p.plan {
            for w in &plan.weeks {
                for i in &w.items {
                    assert!(activity(&i.activity).is_some());
                    assert!(i.days.iter().all(|&d| d < 7));
                }
            }
        }
    }
    loaded
}

/// Every answer of `real()` must still be there.
fn keeps_all_answers(loaded: &Loaded) -> bool {
    match loaded {
        Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. } => p.answers == real().answers,
        _ => false,
    }
}

fn with(edit: impl Fn(&mut Value)) -> String {
    let mut v: Value = j(&encode(&real()));
    edit(&mut v);
    v.to_text()
}

/// Damage anywhere but the answers: every answer must survive.
fn damage_elsewhere() -> Vec<String> {
    let junk = [
        Value::Null,
        Value::from(true),
        Value::from(-1),
        Value::from(1e300),
        Value::from("x"),
        Value::from("\u{0}\u{feff}\u{202e}"),
        j(r#"[]"#),
        j(r#"{}"#),
        j(r#"{"__proto__": {"polluted": true}}"#),
        j(r#"[[[[[[[[[[1]]]]]]]]]]"#),
    ];
    let fields = ["at", "finished", "history", "in_history", "choices", "plan", "tracking", "round", "version"];
    let mut cases = Vec::new();
    for field in fields {
        for j in &junk {
            if field == "version" && j.as_u64().is_some_and(|v| v > FORMAT_VERSION) {
                continue;
            }
            let case = with(|v| v[field] = j.clone());
            // Junk that happens to be the real value (`finished: true`) damages nothing.
            if case != encode(&real()) {
                cases.push(case);
            }
        }
        cases.push(with(|v| {
            v.remove(field);
        }));
    }
    cases.extend([
        with(|v| v["plan"]["weeks"][0]["items"][0]["days"] = j(r#"[-1, 7, 255, 3]"#)),
        with(|v| v["plan"]["weeks"][0]["items"][0]["activity"] = Value::from("<script>alert(1)</script>")),
        with(|v| v["plan"]["start"] = Value::from("2026-02-30")),
        with(|v| v["plan"]["seed"] = Value::from(-5)),
        with(|v| v["plan"]["choices"]["weeks"] = Value::from(1000)),
        with(|v| v["plan"]["weeks"] = Json::Arr(vec![j(r#"{"items": []}"#); 50])),
        with(|v| v["history"][0]["date"] = Value::from("yesterday")),
        with(|v| v["history"][0]["answers"] = Value::from("lots")),
        with(|v| v["history"] = Json::Arr(vec![Value::Null; 100])),
        with(|v| v["tracking"]["done"] = j(r#"["9:zzz:9", 4, null]"#)),
        with(|v| v["tracking"]["notes"] = j(r#"{"x": "y", "0": 5}"#)),
        with(|v| v["tracking"]["notes"]["0"] = Value::from("é".repeat(100_000))),
        with(|v| v["choices"]["kinds"] = j(r#"["talking", "flying"]"#)),
        with(|v| v["at"] = Value::from(BANK[3].id.to_uppercase())),
        with(|v| v["extra"] = Value::from("ignored")),
    ]);
    cases
}

/// Damage to the answers themselves: whatever is still valid must survive.
fn damage_to_answers() -> Vec<(String, usize)> {
    let n = BANK.len();
    vec![
        (with(|v| v["answers"][BANK[0].id] = Value::from(0)), n - 1),
        (with(|v| v["answers"][BANK[1].id] = Value::from(6)), n - 1),
        (with(|v| v["answers"][BANK[2].id] = Value::from(3.5)), n - 1),
        (with(|v| v["answers"][BANK[3].id] = Value::from("4")), n - 1),
        (with(|v| v["answers"][BANK[4].id] = Value::Null), n - 1),
        (with(|v| v["answers"][BANK[5].id] = j(r#"[4]"#)), n - 1),
        (with(|v| v["answers"][BANK[6].id] = Value::from(-4)), n - 1),
        (with(|v| v["answers"]["not-a-question"] = Value::from(3)), n),
        (with(|v| v["answers"]["__proto__"] = Value::from(3)), n),
        (with(|v| v["answers"][""] = Value::from(3)), n),
        (
            with(|v| {
                v["answers"][BANK[7].id] = Value::from(u64::MAX);
                v["answers"][BANK[8].id] = Value::from(i64::MIN);
            }),
            n - 2,
        ),
        (with(|v| v["answers"] = Value::from("all of them")), 0),
        (with(|v| v["answers"] = j(r#"[1, 2, 3]"#)), 0),
    ]
}

/// Inputs that are not a save at all.
fn garbage() -> Vec<String> {
    let good = encode(&real());
    vec![
        String::new(),
        " ".into(),
        "\u{feff}".into(),
        format!("\u{feff}{good}"),
        good[..good.len() / 2].to_string(),
        format!("{good}garbage"),
        format!("{good}{good}"),
        "[".repeat(10_000),
        "{\"a\":".repeat(5_000),
        "undefined".into(),
        "NaN".into(),
        "true".into(),
        "1e999".into(),
        "\"\\ud800\"".into(),
        "{\"version\":2,\"answers\":{\"".into(),
        "ic-locked:".into(),
        "ic-locked:1:600000:AAAA:BBBB:CCCC".into(),
        "<html>".into(),
        "\u{0}\u{1}\u{2}".into(),
        "{'version': 2}".into(),
        "{\"version\":\"2\"}".into(),
    ]
}

#[test]
fn the_corpus_holds_fifty_different_damaged_cases() {
    let good = encode(&real());
    let mut all: Vec<String> = damage_elsewhere();
    all.extend(damage_to_answers().into_iter().map(|(raw, _)| raw));
    all.extend(garbage());
    for raw in &all {
        assert_ne!(raw, &good, "a case that damages nothing tests nothing");
    }
    let distinct: std::collections::BTreeSet<&String> = all.iter().collect();
    assert_eq!(distinct.len(), all.len(), "a case is listed twice");
    assert!(all.len() >= 50, "only {} cases", all.len());
}

#[test]
fn damage_outside_the_answers_loses_no_answer() {
    for raw in damage_elsewhere() {
        let loaded = check(&raw);
        assert!(keeps_all_answers(&loaded), "lost answers for {}", &raw[..raw.len().min(300)]);
    }
}

#[test]
fn damage_to_some_answers_keeps_all_the_others() {
    for (raw, expect) in damage_to_answers() {
        match check(&raw) {
            Loaded::Salvaged { progress, .. } | Loaded::Restored(progress) => {
                assert_eq!(progress.answers.len(), expect, "{}", &raw[..raw.len().min(300)]);
                for (id, a) in progress.answers.iter() {
                    assert_eq!(real().answers.get_id(id), Some(a), "{id} changed");
                }
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn garbage_never_panics_and_is_never_mistaken_for_a_save() {
    for raw in garbage() {
        let loaded = check(&raw);
        assert!(!matches!(loaded, Loaded::Restored(_)), "{:?} restored", &raw[..raw.len().min(80)]);
    }
}

/// A small deterministic generator (xorshift) for the fuzz tests below.
struct Fuzz(u64);
impl Fuzz {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut f = Fuzz(0x1234_5678_9abc_def1);
    for _ in 0..20_000 {
        let len = (f.next() % 300) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| f.next() as u8).collect();
        check(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn random_damage_to_a_real_save_never_panics_and_keeps_only_valid_answers() {
    let good = encode(&real()).into_bytes();
    let alphabet = b"{}[]\":,0123456789-.eE truefalsenull\\";
    let mut f = Fuzz(0xdead_beef_cafe_f00d);
    let (mut salvaged, mut kept, mut changed) = (0, 0, 0);
    for _ in 0..8_000 {
        let mut bytes = good.clone();
        for _ in 0..=(f.next() % 4) {
            let at = (f.next() as usize) % bytes.len();
            match f.next() % 3 {
                0 => bytes[at] = alphabet[(f.next() as usize) % alphabet.len()],
                1 => {
                    bytes.remove(at);
                }
                _ => bytes.insert(at, alphabet[(f.next() as usize) % alphabet.len()]),
            }
        }
        if let Loaded::Salvaged { progress, .. } | Loaded::Restored(progress) = check(&String::from_utf8_lossy(&bytes)) {
            salvaged += 1;
            for (id, a) in progress.answers.iter() {
                // A digit may have been changed into another valid one; the id must be real.
                let original = real().answers.get_id(id);
                assert!(original.is_some(), "{id}");
                if original == Some(a) { kept += 1 } else { changed += 1 }
            }
        }
    }
    assert!(salvaged > 400, "only {salvaged} damaged saves could be read at all");
    // At most four bytes changed per save: nearly every answer read back is the visitor's own.
    assert!(changed * 50 < kept, "{changed} answers changed, {kept} kept");
}
