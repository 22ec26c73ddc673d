//! TEMPORARY: the new codec against the serde one it replaces, on the same inputs: every
//! decode must give the same result and every encode the same bytes. Removed with serde.

use super::old_serde::{decode_old, encode_old};
use super::*;
use crate::core::answer::{Answer, Answers};
use crate::core::date::Date;
use crate::core::plan::library::ACTIVITIES;
use crate::core::plan::shift::Resume;
use crate::core::plan::{PlanWeek, PlannedActivity};
use crate::core::state::CompletedQuiz;

fn rich() -> Progress {
    use crate::core::partner::code::{encode as encode_code, PartnerView};
    let mut answers = Answers::new();
    for i in 0..BANK.len() {
        answers.set(i, Answer::SCALE[(i * 7) % 5]);
    }
    let mut p = Progress { answers: answers.clone(), screen: Screen::Plan, finished: true, round: 9, ..Progress::default() };
    p.history = vec![CompletedQuiz { date: None, answers: answers.clone() }, CompletedQuiz { date: Date::new(2026, 1, 2), answers }];
    p.in_history = true;
    let item = |i: usize, days: Vec<u8>| PlannedActivity { activity: ACTIVITIES[i].id.to_string(), days };
    let start = Date::new(2026, 1, 5).unwrap();
    p.plan = Some(RebuildPlan {
        start,
        choices: PlanChoices::default(),
        seed: u64::MAX,
        for_two: Some(vec![Some(3), None, Some(255), Some(0), None, None, Some(100)]),
        resumed: vec![Resume { from: 3, on: start.add_days(9) }],
        weeks: (0..8).map(|w| PlanWeek { items: vec![item(w, (0..7).collect()), item(w + 8, vec![2, 4])] }).collect(),
    });
    p.tracking.set_done(0, ACTIVITIES[8].id, 2, true);
    p.tracking.set_done(7, ACTIVITIES[15].id, 4, true);
    p.tracking.set_note(2, "two \u{1}\u{1f}\"\\/é😀\t");
    p.tracking.set_note(7, "seven");
    p.tracking.set_note(0, "zero");
    let mut theirs = Answers::new();
    theirs.set(3, Answer::Disagree);
    let view = PartnerView::of(&theirs, true);
    p.partner = Some(PartnerData { code: code::encode(&view), view, name: "Sam \"S\"".into(), keep: true });
    let _ = encode_code;
    p
}

fn same(raw: &str) {
    let new = decode(Some(raw));
    let old = decode_old(Some(raw));
    // Known difference: an unknown answer key written twice is counted twice in `dropped`.
    let strip = |l: &Loaded| match l {
        Loaded::Salvaged { progress, .. } if raw.contains("\"1\":\"n\",\"1\":2") => Loaded::Salvaged { progress: progress.clone(), dropped: 1 },
        other => other.clone(),
    };
    assert_eq!(strip(&new), strip(&old), "{raw}");
    if let Loaded::Restored(p) | Loaded::Salvaged { progress: p, .. } = &new {
        assert_eq!(encode(p), encode_old(p), "{raw}");
    }
}

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
fn encodes_byte_for_byte_as_serde_did() {
    let p = rich();
    assert_eq!(encode(&p), encode_old(&p));
    assert_eq!(decode(Some(&encode(&p))), Loaded::Restored(p));
    assert_eq!(encode(&Progress::default()), encode_old(&Progress::default()));
}

/// Junk to put anywhere in a save, as text (so keys written twice can be tried too).
const JUNK: [&str; 27] = [
    "{\"alone\":null}", "[{\"touch\":null},\"talking\"]", "[[],{}]",
    "null", "true", "0", "-1", "5.0", "-0", "1e2", "255", "256", "65536", "4294967296", "18446744073709551615",
    "\"x\"", "\"talking\"", "\"2026-01-05\"", "[]", "{}", "[null]", "[1,2]", "{\"a\":1}", "{\"1\":\"n\",\"1\":2}",
    "{\"01\":\"n\"}", "{\"255\":\"n\",\"256\":\"m\"}", "[\"talking\",\"talking\"]",
];

#[test]
fn decodes_damaged_saves_as_serde_did() {
    let good = encode(&rich());
    let mut f = Fuzz(0x5eed_1234_abcd_0001);
    // Replace the value after a random `:` or `[` or `,` with junk, at the text level.
    let bytes = good.as_bytes();
    let starts: Vec<usize> = (0..bytes.len()).filter(|&i| matches!(bytes[i], b':' | b'[' | b',')).collect();
    for _ in 0..10_000 {
        let mut text = good.clone();
        for _ in 0..=(f.next() % 2) {
            let tb = text.as_bytes();
            let starts: Vec<usize> = (0..tb.len()).filter(|&i| matches!(tb[i], b':' | b'[' | b',')).collect();
            let at = starts[(f.next() as usize) % starts.len()] + 1;
            // The end of the value there: the next `,` `]` `}` at the same depth.
            let (mut depth, mut end, mut in_str, mut esc) = (0i32, at, false, false);
            while end < tb.len() {
                let c = tb[end];
                if in_str {
                    if esc { esc = false } else if c == b'\\' { esc = true } else if c == b'"' { in_str = false }
                } else if c == b'"' {
                    in_str = true
                } else if c == b'[' || c == b'{' {
                    depth += 1
                } else if (c == b']' || c == b'}' || c == b',') && depth == 0 {
                    break;
                } else if c == b']' || c == b'}' {
                    depth -= 1
                }
                end += 1;
            }
            let junk = JUNK[(f.next() as usize) % JUNK.len()];
            text = format!("{}{}{}", &text[..at], junk, &text[end..]);
        }
        same(&text);
    }
    let _ = starts;
    // Keys written twice, at every level that reads one.
    for (from, to) in [
        ("{\"version\":3,", "{\"version\":3,\"answers\":7,"),
        ("\"round\":9", "\"round\":9,\"round\":\"x\""),
        ("\"notes\":{", "\"notes\":{\"2\":5,"),
        ("\"seed\":", "\"seed\":\"x\",\"seed\":"),
    ] {
        same(&good.replacen(from, to, 1));
    }
    let first_answer = format!("\"{}\":", BANK.iter().map(|s| s.id).min().unwrap());
    same(&good.replacen(&first_answer, &format!("{first_answer}9,{first_answer}"), 1));
    // The one known difference: an unknown key written twice is two drops, not one.
    let twice = good.replacen(&first_answer, &format!("{first_answer}2,\"zz\":1,\"zz\":2,{first_answer}"), 1);
    let (Loaded::Salvaged { progress: a, dropped: 2 }, Loaded::Salvaged { progress: b, dropped: 1 }) = (decode(Some(&twice)), decode_old(Some(&twice))) else { panic!() };
    assert_eq!(a, b);
}

#[test]
fn decodes_random_byte_damage_as_serde_did() {
    let good = encode(&rich()).into_bytes();
    let alphabet = b"{}[]\":,0123456789-.eE truefalsenull\\";
    let mut f = Fuzz(0xdead_beef_cafe_f00d);
    for _ in 0..20_000 {
        let mut bytes = good.clone();
        for _ in 0..=(f.next() % 4) {
            let at = (f.next() as usize) % bytes.len();
            match f.next() % 3 {
                0 => bytes[at] = alphabet[(f.next() as usize) % alphabet.len()],
                1 => drop(bytes.remove(at)),
                _ => bytes.insert(at, alphabet[(f.next() as usize) % alphabet.len()]),
            }
        }
        same(&String::from_utf8_lossy(&bytes));
    }
    same(include_str!("fixtures/v2-with-plan.json"));
}

#[test]
fn write_fixture() {
    if std::env::var("WRITE_FIXTURE").is_ok() {
        std::fs::write("src/core/saved/fixtures/v3-written-by-serde.json", encode_old(&rich())).unwrap();
    }
}
