//! A small JSON value with a strict parser and a compact writer: all the saved format needs,
//! without serde. Objects keep their keys in the order written, as a `Vec` of pairs (saves
//! have a handful of keys, so a linear look-up is cheaper than a map in code and time).
//!
//! The parser accepts exactly what `serde_json` accepted (RFC 8259, nesting up to 127 deep,
//! finite numbers only) so that a save reads the same as before; see [`parse`].

mod parse;
mod write;

pub use parse::parse;

/// One JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Num(Num),
    Str(String),
    Arr(Vec<Json>),
    /// Keys in the order they were written. A key written twice is kept twice, and the last
    /// one wins in [`Json::get`], as it did in `serde_json`'s map.
    Obj(Vec<(String, Json)>),
}

/// A number. Saves only hold whole numbers; anything else keeps its text, so no float code
/// is needed to read or write it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Num {
    /// 0 and above.
    Pos(u64),
    /// Below 0.
    Neg(i64),
    /// A fraction, an exponent, `-0`, or a whole number out of 64-bit range, as written.
    Other(String),
}

impl Json {
    /// The value of `key` in an object (the last one if written twice); `None` otherwise.
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A whole number from 0 up, written without fraction or exponent.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Num(Num::Pos(n)) => Some(*n),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Arr(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Obj(pairs) => Some(pairs),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// Sets `key` in an object, replacing any value it had; does nothing to other values.
    pub fn insert(&mut self, key: &str, value: Json) {
        if let Json::Obj(pairs) = self {
            pairs.retain(|(k, _)| k != key);
            pairs.push((key.to_string(), value));
        }
    }

    /// A string value.
    pub fn str(s: &str) -> Json {
        Json::Str(s.to_string())
    }

    /// A whole number.
    pub fn uint(n: u64) -> Json {
        Json::Num(Num::Pos(n))
    }

    /// `value`, or `null` for `None`.
    pub fn or_null<T>(value: Option<T>, f: impl FnOnce(T) -> Json) -> Json {
        value.map_or(Json::Null, f)
    }
}

/// Builds an object from `(key, value)` pairs, in the order given.
pub fn object(pairs: Vec<(&'static str, Json)>) -> Json {
    Json::Obj(pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect())
}

#[cfg(test)]
pub(crate) mod test_edit;

#[cfg(test)]
mod tests;
