//! The partner code: a partner's area scores (and, if they chose, each answer) in a short
//! code that can be read aloud or typed on a phone.
//!
//! Crockford base32 (no I, L, O, U), in groups of four, ending in one check character.
//! Reading ignores case, spaces and dashes, and takes i and l as 1 and o as 0.
//!
//! Bits, most significant first: a 3-bit format version, one bit for what it carries, then
//! either one 7-bit score per area (0–100, 127 for "not enough answers") or the answers as
//! one base-6 number (0 = unanswered, 1–5 the scale). The rest is zero padding.
//! Format 2 (bank 2: 8 areas, 34 statements) is 13 characters with scores only, 20 with
//! answers, check character included. Format 1 (bank 1: 7 areas, 28 statements, 12 and 17
//! characters) is still read: it compares on the areas both banks share.
//!
//! The check character is a weighted sum in GF(32) with distinct weights, so it catches
//! every single wrong character and every swap of two neighbouring characters.

use crate::core::answer::{Answer, Answers};
use crate::core::bank::{AREA_COUNT, BANK_VERSION, QUESTION_COUNT, V1_POSITIONS};
use crate::core::scoring::score;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NONE_SCORE: u128 = 127;

/// One code format: which bank its scores and answers follow.
struct Format {
    version: u8,
    areas: usize,
    answers: usize,
    /// Bits for the answers: the least `b` with 6^answers ≤ 2^b.
    answer_bits: usize,
}

impl Format {
    const fn scores_bits(&self) -> usize {
        4 + 7 * self.areas
    }
    const fn answers_bits(&self) -> usize {
        4 + self.answer_bits
    }
    /// Data characters (check character not included).
    const fn scores_len(&self) -> usize {
        self.scores_bits().div_ceil(5)
    }
    const fn answers_len(&self) -> usize {
        self.answers_bits().div_ceil(5)
    }
    /// Where the answer at `q` in this format's order is stored now.
    fn position(&self, q: usize) -> usize {
        if self.version == 1 {
            V1_POSITIONS[q].into()
        } else {
            q
        }
    }
}

const V1: Format = Format { version: 1, areas: 7, answers: 28, answer_bits: 73 };
/// The format this build writes, for the bank it asks.
const CURRENT: Format = Format { version: 2, areas: AREA_COUNT, answers: QUESTION_COUNT, answer_bits: 88 };
const FORMATS: [&Format; 2] = [&V1, &CURRENT];
/// The format this build writes; a later widget still reads it.
pub const CODE_VERSION: u8 = CURRENT.version;

/// What a partner shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerView {
    /// Per area in bank order, 0–100, or `None` for "not enough answers" (or an area the
    /// partner's older quiz did not ask).
    pub scores: [Option<u8>; AREA_COUNT],
    /// Each answer, when the partner chose to share them.
    pub answers: Option<Answers>,
    /// The bank the partner answered: older than [`BANK_VERSION`] when their code came
    /// from an earlier version of the quiz.
    pub bank: u8,
}

impl PartnerView {
    /// What this visitor's own answers share: never the safety check.
    pub fn of(answers: &Answers, with_answers: bool) -> PartnerView {
        let results = score(answers);
        let scores = std::array::from_fn(|i| results.areas[i].score);
        PartnerView { scores, answers: with_answers.then(|| answers.scored_only()), bank: BANK_VERSION }
    }

    /// True when the partner took an earlier version of the quiz, so only the areas both
    /// versions share can be compared.
    pub fn is_older(&self) -> bool {
        self.bank < BANK_VERSION
    }
}

/// Why a code could not be read. Nothing the visitor has is changed by a bad code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeProblem {
    /// Nothing was typed.
    Empty,
    /// A character that is never in a code, in this group (1-based).
    BadCharacter { group: usize },
    TooShort,
    TooLong,
    /// The check character does not match: a typo somewhere.
    Mistake,
    /// Made by a newer version of the quiz.
    Newer,
    /// The visitor's own code (decoding never says this; comparing does).
    OwnCode,
}

/// Encodes what `view` shares.
/// Encodes what `view` shares, in the format of the bank it was answered in, so a code from
/// an earlier version, kept on this device, stays what it was.
pub fn encode(view: &PartnerView) -> String {
    encode_in(FORMATS.into_iter().find(|f| f.version == view.bank).unwrap_or(&CURRENT), view)
}

/// Encodes in one format (tests write format 1 with it, as 0.4.0 did).
fn encode_in(f: &Format, view: &PartnerView) -> String {
    let (value, bits, len) = match &view.answers {
        None => {
            let mut v = u128::from(f.version) << 1;
            for s in view.scores.into_iter().take(f.areas) {
                v = (v << 7) | s.map_or(NONE_SCORE, |n| u128::from(n.min(100)));
            }
            (v, f.scores_bits(), f.scores_len())
        }
        Some(answers) => {
            let mut n: u128 = 0;
            for q in 0..f.answers {
                n = n * 6 + answers.get(f.position(q)).map_or(0, |a| u128::from(a.value()));
            }
            ((((u128::from(f.version) << 1) | 1) << f.answer_bits) | n, f.answers_bits(), f.answers_len())
        }
    };
    let value = value << (len * 5 - bits);
    let mut symbols: Vec<u8> = (0..len).rev().map(|i| ((value >> (i * 5)) & 31) as u8).collect();
    symbols.push(check(&symbols));
    let mut out = String::with_capacity(symbols.len() + symbols.len() / 4);
    for (i, s) in symbols.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(ALPHABET[usize::from(*s)]));
    }
    out
}

/// Reads a code as typed.
pub fn decode(input: &str) -> Result<PartnerView, CodeProblem> {
    let symbols = symbols(input)?;
    let Some((&check_symbol, data)) = symbols.split_last() else { return Err(CodeProblem::Empty) };
    if data.len() < V1.scores_len() {
        return Err(CodeProblem::TooShort);
    }
    // Every version keeps this check character, so a well-formed code from a newer version
    // is recognised at any length, and a typo in its first character is still a typo.
    let valid = check(data) == check_symbol;
    let version = data[0] >> 2;
    if valid && version > CODE_VERSION {
        return Err(CodeProblem::Newer);
    }
    // A typo can hide the version: then the length says which format was meant.
    let n = data.len();
    let f = FORMATS
        .into_iter()
        .find(|f| f.version == version)
        .or_else(|| FORMATS.into_iter().find(|f| n == f.scores_len() || n == f.answers_len()))
        .unwrap_or(&CURRENT);
    let (bits, carries_answers) = match n {
        n if n == f.scores_len() => (f.scores_bits(), false),
        n if n == f.answers_len() => (f.answers_bits(), true),
        n if n < f.scores_len() => return Err(CodeProblem::TooShort),
        n if n > f.answers_len() => return Err(CodeProblem::TooLong),
        // Between the two lengths: nearer the short code, extra characters; nearer the long
        // one, missing characters.
        n if n - f.scores_len() <= 2 => return Err(CodeProblem::TooLong),
        _ => return Err(CodeProblem::TooShort),
    };
    if !valid {
        return Err(CodeProblem::Mistake);
    }
    let value = data.iter().fold(0u128, |v, &s| (v << 5) | u128::from(s));
    let padding = n * 5 - bits;
    if value & ((1 << padding) - 1) != 0 {
        return Err(CodeProblem::Mistake);
    }
    let value = value >> padding;
    let header = value >> (bits - 4);
    if header >> 1 != u128::from(f.version) || (header & 1 == 1) != carries_answers {
        return Err(CodeProblem::Mistake);
    }
    if carries_answers {
        let mut n = value & ((1 << f.answer_bits) - 1);
        let mut answers = Answers::new();
        for q in (0..f.answers).rev() {
            let digit = (n % 6) as u8;
            n /= 6;
            if let Some(a) = Answer::from_value(digit) {
                answers.set(f.position(q), a);
            }
        }
        if n != 0 {
            return Err(CodeProblem::Mistake);
        }
        // Answers to statements retired since are kept (so the code reads back the same) and
        // count nowhere: scores and comparisons look only at the bank.
        let scores = PartnerView::of(&answers, false).scores;
        return Ok(PartnerView { scores, answers: Some(answers), bank: f.version });
    }
    let mut scores = [None; AREA_COUNT];
    for (i, slot) in scores.iter_mut().take(f.areas).enumerate() {
        let s = (value >> (7 * (f.areas - 1 - i))) & 127;
        *slot = match s {
            0..=100 => Some(s as u8),
            NONE_SCORE => None,
            _ => return Err(CodeProblem::Mistake),
        };
    }
    Ok(PartnerView { scores, answers: None, bank: f.version })
}

/// The typed code as symbols 0–31: case, spaces and dashes ignored, i/l read as 1, o as 0.
fn symbols(input: &str) -> Result<Vec<u8>, CodeProblem> {
    let mut out = Vec::with_capacity(20);
    let mut group = 1;
    let mut in_group = 0;
    for c in input.chars() {
        if c == '-' || c.is_whitespace() {
            if in_group > 0 && c == '-' {
                group += 1;
                in_group = 0;
            }
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        };
        let s = ALPHABET.iter().position(|&a| char::from(a) == c).ok_or(CodeProblem::BadCharacter { group })?;
        out.push(s as u8);
        if out.len() > 64 {
            return Err(CodeProblem::TooLong);
        }
        in_group += 1;
        if in_group == 4 && !input.contains('-') {
            group += 1;
            in_group = 0;
        }
    }
    if out.is_empty() {
        return Err(CodeProblem::Empty);
    }
    Ok(out)
}

/// Multiplies in GF(32), modulo x^5 + x^2 + 1.
fn gf_mul(mut a: u8, mut b: u8) -> u8 {
    let mut p = 0;
    while b != 0 {
        if b & 1 != 0 {
            p ^= a;
        }
        b >>= 1;
        a <<= 1;
        if a & 32 != 0 {
            a ^= 0b100101;
        }
    }
    p
}

/// The check symbol: the sum of every data symbol times a weight of its own (powers of 2,
/// a generator of GF(32)), none of them 1, which the check symbol itself carries.
fn check(data: &[u8]) -> u8 {
    let mut weight = 1;
    data.iter().fold(0, |sum, &s| {
        weight = gf_mul(weight, 2);
        sum ^ gf_mul(weight, s)
    })
}

#[cfg(test)]
mod tests;
