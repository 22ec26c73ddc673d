//! TEMPORARY: the parser against serde_json on the same inputs, while serde_json is still
//! in the crate. Removed with it.

use super::*;

fn to_serde(v: &Json) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Num(Num::Pos(n)) => Value::from(*n),
        Json::Num(Num::Neg(n)) => Value::from(*n),
        Json::Num(Num::Other(t)) => serde_json::from_str(t).unwrap(),
        Json::Str(s) => Value::from(s.as_str()),
        Json::Arr(a) => Value::Array(a.iter().map(to_serde).collect()),
        Json::Obj(p) => {
            let mut m = serde_json::Map::new();
            for (k, v) in p {
                m.insert(k.clone(), to_serde(v));
            }
            Value::Object(m)
        }
    }
}

fn same(text: &str) {
    let mine = parse(text);
    let theirs = serde_json::from_str::<serde_json::Value>(text);
    match (&mine, &theirs) {
        (Some(m), Ok(t)) => assert_eq!(&to_serde(m), t, "{text:?}"),
        (None, Err(_)) => {}
        _ => panic!("differ on {text:?}: {mine:?} vs {theirs:?}"),
    }
}

#[test]
fn accepts_and_reads_exactly_what_serde_json_did() {
    let mut x: u64 = 0x0123_4567_89ab_cdef;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let good = br#"{"a":[1,-2,3.5e1,{"b":"\u00e9\ud83d\ude00\n"}],"c":null,"d":true,"e":-0,"f":18446744073709551615,"a":0.5}"#;
    let alphabet = b"{}[]\":,0123456789-+.eE \\u/dDtrufalsn\x01\t";
    for _ in 0..200_000 {
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
        same(&String::from_utf8_lossy(&bytes));
    }
    for t in ["1e308", "1e309", "1.7976931348623157e308", "-1e400", "1e-400", "123456789012345678901234567890", "-9223372036854775809"] {
        same(t);
    }
    for n in [126, 127, 128, 129] {
        same(&format!("{}{}", "[".repeat(n), "]".repeat(n)));
    }
}
