//! For tests only: editing a value the way `serde_json::Value` allowed (`v["a"][0] = …`), so
//! tests can damage a real save in one line. Indexing panics like serde_json's did.

use std::ops::{Index, IndexMut};

use super::{parse, Json, Num};

/// Parses JSON text written in a test.
pub fn j(text: &str) -> Json {
    parse(text).unwrap_or_else(|| panic!("bad JSON in a test: {text}"))
}

static NULL: Json = Json::Null;

impl Index<&str> for Json {
    type Output = Json;
    fn index(&self, key: &str) -> &Json {
        self.get(key).unwrap_or(&NULL)
    }
}

impl IndexMut<&str> for Json {
    /// A missing key is added as `null`; `null` itself becomes an object first.
    fn index_mut(&mut self, key: &str) -> &mut Json {
        if self.is_null() {
            *self = Json::Obj(Vec::new());
        }
        let Json::Obj(pairs) = self else { panic!("not an object: {self:?}") };
        let at = match pairs.iter().rposition(|(k, _)| k == key) {
            Some(at) => at,
            None => {
                pairs.push((key.to_string(), Json::Null));
                pairs.len() - 1
            }
        };
        &mut pairs[at].1
    }
}

impl Index<usize> for Json {
    type Output = Json;
    fn index(&self, i: usize) -> &Json {
        self.as_array().and_then(|a| a.get(i)).unwrap_or(&NULL)
    }
}

impl IndexMut<usize> for Json {
    fn index_mut(&mut self, i: usize) -> &mut Json {
        match self {
            Json::Arr(items) => &mut items[i],
            _ => panic!("not an array: {self:?}"),
        }
    }
}

impl Json {
    /// Removes `key` from an object.
    pub fn remove(&mut self, key: &str) {
        if let Json::Obj(pairs) = self {
            pairs.retain(|(k, _)| k != key);
        }
    }
}

impl From<&str> for Json {
    fn from(s: &str) -> Json {
        Json::str(s)
    }
}

impl From<String> for Json {
    fn from(s: String) -> Json {
        Json::Str(s)
    }
}

impl From<bool> for Json {
    fn from(b: bool) -> Json {
        Json::Bool(b)
    }
}

impl From<u64> for Json {
    fn from(n: u64) -> Json {
        Json::uint(n)
    }
}

impl From<i64> for Json {
    fn from(n: i64) -> Json {
        match u64::try_from(n) {
            Ok(n) => Json::uint(n),
            Err(_) => Json::Num(Num::Neg(n)),
        }
    }
}

impl From<i32> for Json {
    fn from(n: i32) -> Json {
        Json::from(i64::from(n))
    }
}

impl From<f64> for Json {
    /// As serde_json wrote a float: `1e300`, `3.5`, `5.0`.
    fn from(f: f64) -> Json {
        Json::Num(Num::Other(format!("{f:?}")))
    }
}

impl PartialEq<u64> for Json {
    fn eq(&self, n: &u64) -> bool {
        self.as_u64() == Some(*n)
    }
}

impl PartialEq<&str> for Json {
    fn eq(&self, s: &&str) -> bool {
        self.as_str() == Some(*s)
    }
}
