//! The parser and writer on their own: escapes, unicode, nesting, numbers, trailing text,
//! large input, and random bytes.

use super::test_edit::j;
use super::*;

fn s(text: &str) -> Option<String> {
    parse(text).and_then(|v| v.as_str().map(str::to_string))
}

#[test]
fn literals_and_containers() {
    assert_eq!(parse("null"), Some(Json::Null));
    assert_eq!(parse(" true "), Some(Json::Bool(true)));
    assert_eq!(parse("\n\t\rfalse"), Some(Json::Bool(false)));
    assert_eq!(parse("[]"), Some(Json::Arr(vec![])));
    assert_eq!(parse("{ }"), Some(Json::Obj(vec![])));
    let v = j(r#" { "a" : [1, {"b": null}] , "c":"d" } "#);
    assert_eq!(v.get("c").and_then(Json::as_str), Some("d"));
    assert_eq!(v["a"][1].get("b"), Some(&Json::Null));
    assert_eq!(v.get("x"), None);
    for bad in ["", " ", "nul", "nulls", "True", "[1,]", "[,1]", "{\"a\"}", "{\"a\":1,}", "{a:1}", "{'a':1}", "[1 2]", "{\"a\" 1}", "]", "\u{feff}{}"] {
        assert_eq!(parse(bad), None, "{bad:?}");
    }
}

#[test]
fn escapes_and_unicode() {
    assert_eq!(s(r#""\"\\\/\b\f\n\r\t""#).as_deref(), Some("\"\\/\u{8}\u{c}\n\r\t"));
    assert_eq!(s(r#""\u00e9\u00E9é""#).as_deref(), Some("ééé"));
    assert_eq!(s(r#""\ud83d\ude00 😀""#).as_deref(), Some("😀 😀"));
    assert_eq!(s(r#""\u0000""#).as_deref(), Some("\u{0}"));
    for bad in [r#""\ud800""#, r#""\udc00""#, r#""\ud800\u0041""#, r#""\ud800x""#, r#""\ud83d\ude0""#, r#""\x""#, r#""\u12G4""#, "\"a\u{1}b\"", "\"a\nb\"", "\"abc", "\"\\"] {
        assert_eq!(parse(bad), None, "{bad:?}");
    }
}

#[test]
fn the_writer_escapes_as_serde_json_did_and_round_trips() {
    let text = "q\"b\\s/\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f}é😀";
    let written = Json::str(text).to_text();
    assert_eq!(written, "\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001f\u{7f}é😀\"");
    assert_eq!(s(&written).as_deref(), Some(text));
    let v = j(r#"{"a":[1,-2,3.5,1e300,-0,null,true,"x"],"b":{},"c":[]}"#);
    assert_eq!(v.to_text(), r#"{"a":[1,-2,3.5,1e300,-0,null,true,"x"],"b":{},"c":[]}"#);
    assert_eq!(parse(&v.to_text()), Some(v));
}

#[test]
fn a_key_written_twice_reads_as_the_last_one() {
    let mut v = j(r#"{"a":1,"b":2,"a":3}"#);
    assert_eq!(v.get("a").and_then(Json::as_u64), Some(3));
    v.insert("a", Json::uint(4));
    assert_eq!(v.to_text(), r#"{"b":2,"a":4}"#);
}

#[test]
fn numbers_as_serde_json_read_them() {
    let num = |t: &str| match parse(t) {
        Some(Json::Num(n)) => Some(n),
        _ => None,
    };
    let other = |t: &str| Some(Num::Other(t.to_string()));
    assert_eq!(num("0"), Some(Num::Pos(0)));
    assert_eq!(num("18446744073709551615"), Some(Num::Pos(u64::MAX)));
    assert_eq!(num("18446744073709551616"), other("18446744073709551616"));
    assert_eq!(num("-1"), Some(Num::Neg(-1)));
    assert_eq!(num("-9223372036854775808"), Some(Num::Neg(i64::MIN)));
    assert_eq!(num("-9223372036854775809"), other("-9223372036854775809"));
    assert_eq!(num("-0"), other("-0"));
    for t in ["5.0", "3.5", "1e2", "1E+2", "1e-2", "-0.0", "1e308", "1.7976931348623157e308", "1e-99999", "0e99999", "0.000e400"] {
        assert_eq!(num(t), other(t), "{t}");
    }
    // Too large for a 64-bit float: serde_json refused these, so a save with one is unreadable.
    let huge = format!("1{}", "0".repeat(400));
    for t in ["1e309", "-1e309", "1.7976931348623159e308", "1e99999999999999999999", huge.as_str()] {
        assert_eq!(num(t), None, "{t}");
    }
    for bad in ["01", "-01", "1.", ".5", "+1", "-", "1e", "1e+", "1.e1", "0x10", "1_000", "NaN", "Infinity", "--1"] {
        assert_eq!(parse(bad), None, "{bad:?}");
    }
    assert_eq!(j("[-5]")[0].as_u64(), None, "only 0 and up are u64");
    assert_eq!(j("5.0").as_u64(), None, "a fraction is not a whole number, as in serde_json");
}

#[test]
fn nesting_is_limited_without_overflowing_the_stack() {
    let deep = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    assert!(parse(&deep(127)).is_some());
    assert_eq!(parse(&deep(128)), None);
    assert_eq!(parse(&"[".repeat(1_000_000)), None);
    assert_eq!(parse(&"{\"a\":".repeat(200_000)), None);
    let objects = format!("{}1{}", "{\"a\":".repeat(127), "}".repeat(127));
    assert!(parse(&objects).is_some());
}

#[test]
fn trailing_text_is_refused() {
    for bad in ["{} x", "{}{}", "1 2", "\"a\"\"b\"", "null,", "[]]", "{}\u{0}"] {
        assert_eq!(parse(bad), None, "{bad:?}");
    }
    assert!(parse(" {} \n\t\r").is_some());
}

#[test]
fn a_megabyte_of_input_reads_and_writes_back() {
    let long = "é\\n\\\"x".repeat(200_000);
    let text = format!("{{\"note\":\"{long}\",\"days\":[{}0]}}", "1,".repeat(100_000));
    assert!(text.len() > 1_000_000);
    let v = parse(&text).unwrap();
    assert_eq!(v["days"].as_array().map(<[Json]>::len), Some(100_001));
    assert_eq!(v.to_text(), text);
}

/// xorshift, as in the saved-data fuzz tests.
fn rng(mut x: u64) -> impl FnMut() -> u64 {
    move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    }
}

#[test]
fn random_bytes_and_random_damage_never_panic() {
    let mut next = rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..20_000 {
        let len = (next() % 200) as usize;
        let bytes: Vec<u8> = (0..len).map(|_| next() as u8).collect();
        let _ = parse(&String::from_utf8_lossy(&bytes));
    }
    let good = br#"{"a":[1,-2,3.5e1,{"b":"\u00e9\ud83d\ude00\n"}],"c":null,"d":true}"#;
    let alphabet = b"{}[]\":,0123456789-+.eE \\u/dDtrufalsn";
    for _ in 0..50_000 {
        let mut bytes = good.to_vec();
        for _ in 0..=(next() % 3) {
            let at = (next() as usize) % bytes.len();
            let c = alphabet[(next() as usize) % alphabet.len()];
            match next() % 3 {
                0 => bytes[at] = c,
                1 => drop(bytes.remove(at)),
                _ => bytes.insert(at, c),
            }
        }
        if let Some(v) = parse(&String::from_utf8_lossy(&bytes)) {
            assert_eq!(parse(&v.to_text()), Some(v), "what is read is written back the same");
        }
    }
}
