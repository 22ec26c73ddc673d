//! The strict parser. It never panics and never recurses without bound: whatever storage
//! holds, the answer is a value or `None`.

use super::{Json, Num};

/// Containers may nest this deep and no deeper (`serde_json`'s limit, so the same saves read).
const MAX_DEPTH: usize = 127;

/// Reads one JSON value filling all of `text` (whitespace around it allowed); `None` for
/// anything else: bad syntax, trailing text, nesting past 127, a lone surrogate escape, a raw
/// control character in a string, or a number too large for a 64-bit float.
pub fn parse(text: &str) -> Option<Json> {
    let mut p = Parser { text, at: 0 };
    let value = p.value(0)?;
    p.skip_space();
    (p.at == text.len()).then_some(value)
}

struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        Some(b)
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, word: &str) -> Option<()> {
        let rest = self.text.as_bytes().get(self.at..)?;
        rest.starts_with(word.as_bytes()).then(|| self.at += word.len())
    }

    /// `depth` counts the containers already open around this value.
    fn value(&mut self, depth: usize) -> Option<Json> {
        self.skip_space();
        match self.peek()? {
            b'n' => self.eat("null").map(|()| Json::Null),
            b't' => self.eat("true").map(|()| Json::Bool(true)),
            b'f' => self.eat("false").map(|()| Json::Bool(false)),
            b'"' => self.string().map(Json::Str),
            b'[' if depth < MAX_DEPTH => self.array(depth + 1),
            b'{' if depth < MAX_DEPTH => self.object(depth + 1),
            b'-' | b'0'..=b'9' => self.number().map(Json::Num),
            _ => None,
        }
    }

    fn array(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Some(Json::Arr(items));
        }
        loop {
            items.push(self.value(depth)?);
            self.skip_space();
            match self.next()? {
                b',' => {}
                b']' => return Some(Json::Arr(items)),
                _ => return None,
            }
        }
    }

    fn object(&mut self, depth: usize) -> Option<Json> {
        self.at += 1;
        let mut pairs = Vec::new();
        self.skip_space();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Some(Json::Obj(pairs));
        }
        loop {
            self.skip_space();
            if self.peek() != Some(b'"') {
                return None;
            }
            let key = self.string()?;
            self.skip_space();
            if self.next()? != b':' {
                return None;
            }
            pairs.push((key, self.value(depth)?));
            self.skip_space();
            match self.next()? {
                b',' => {}
                b'}' => return Some(Json::Obj(pairs)),
                _ => return None,
            }
        }
    }

    /// A string, from its opening quote. Runs without escapes are copied whole; they start
    /// and end next to ASCII bytes, so they are always whole UTF-8 characters.
    fn string(&mut self) -> Option<String> {
        self.at += 1;
        let mut out = String::new();
        loop {
            let start = self.at;
            while matches!(self.peek(), Some(b) if b != b'"' && b != b'\\' && b >= 0x20) {
                self.at += 1;
            }
            out.push_str(self.text.get(start..self.at)?);
            match self.next()? {
                b'"' => return Some(out),
                b'\\' => out.push(self.escape()?),
                _ => return None, // a raw control character
            }
        }
    }

    fn escape(&mut self) -> Option<char> {
        Some(match self.next()? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = match first {
                    0xD800..=0xDBFF => {
                        // A high surrogate must be followed by an escaped low one.
                        self.eat("\\u")?;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00)
                    }
                    n => n,
                };
                // `None` for a lone low surrogate.
                char::from_u32(code)?
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let mut n = 0;
        for _ in 0..4 {
            n = n * 16 + char::from(self.next()?).to_digit(16)?;
        }
        Some(n)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, sorted as `serde_json` sorted it:
    /// whole numbers in 64-bit range are exact, the rest keep their text.
    fn number(&mut self) -> Option<Num> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        self.at += usize::from(negative);
        let int_start = self.at;
        match self.next()? {
            b'0' if matches!(self.peek(), Some(b'0'..=b'9')) => return None,
            b'0'..=b'9' => drop(self.digits()),
            _ => return None,
        }
        let int = int_start..self.at;
        let mut frac = self.at..self.at;
        if self.peek() == Some(b'.') {
            self.at += 1;
            frac = self.at..self.at;
            if self.digits() == 0 {
                return None;
            }
            frac.end = self.at;
        }
        let mut exp: i64 = 0;
        let has_exp = matches!(self.peek(), Some(b'e' | b'E'));
        if has_exp {
            self.at += 1;
            let minus = self.peek() == Some(b'-');
            self.at += usize::from(matches!(self.peek(), Some(b'-' | b'+')));
            let digits = self.at;
            if self.digits() == 0 {
                return None;
            }
            // Saturating: past a million the answer (zero or too large) no longer changes.
            for &d in self.text.as_bytes().get(digits..self.at)? {
                exp = (exp * 10 + i64::from(d - b'0')).min(1_000_000);
            }
            if minus {
                exp = -exp;
            }
        }
        let bytes = self.text.as_bytes();
        let (int, frac) = (bytes.get(int)?, bytes.get(frac)?);
        if frac.is_empty() && !has_exp {
            if let Some(n) = whole(int) {
                if !negative {
                    return Some(Num::Pos(n));
                }
                // As serde_json: -1 down to -2^63 are exact; -0 and below -2^63 are not.
                if (1..=1u64 << 63).contains(&n) {
                    return Some(Num::Neg((n as i64).wrapping_neg()));
                }
            }
        }
        finite(int, frac, exp).then(|| Num::Other(self.text.get(start..self.at).unwrap_or_default().to_string()))
    }

    /// Skips ASCII digits; returns how many.
    fn digits(&mut self) -> usize {
        let start = self.at;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.at += 1;
        }
        self.at - start
    }
}

/// The digits as a `u64`, `None` past its range.
fn whole(digits: &[u8]) -> Option<u64> {
    digits.iter().try_fold(0u64, |n, &d| n.checked_mul(10)?.checked_add(u64::from(d - b'0')))
}

/// The significant digits of 2^1024 − 2^970, the smallest value that rounds to infinity as a
/// 64-bit float (halfway above the largest finite one, which rounds up to even).
const INFINITY_FROM: &[u8] = b"179769313486231580793728971405303415079934132710037826936173778980444968292764750946649017977587207096330286416692887910946555547851940402630657488671505820681908902000708383676273854845817711531764475730270069855571366959622842914819860834936475292719074168444365510704342711559699508093042880177904174497792";

/// Whether `int.frac × 10^exp` is a finite 64-bit float. serde_json refused the rest, so a
/// save holding one is unreadable here too. Decided on the digits, without float code.
fn finite(int: &[u8], frac: &[u8], exp: i64) -> bool {
    let lead = int.iter().chain(frac).take_while(|&&d| d == b'0').count();
    let digits: Vec<u8> = int.iter().chain(frac).skip(lead).copied().collect();
    let Some(last) = digits.iter().rposition(|&d| d != b'0') else { return true }; // zero
    let digits = &digits[..=last];
    // The value is 0.digits × 10^point.
    let point = int.len() as i64 - lead as i64 + exp;
    match point {
        ..=308 => true,
        309 => digits < INFINITY_FROM,
        _ => false,
    }
}
