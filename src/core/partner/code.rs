//! The partner code: a partner's area scores (and, if they chose, each answer) in a short
//! code that can be read aloud or typed on a phone.
//!
//! Crockford base32 (no I, L, O, U), in groups of four, ending in one check character.
//! Reading ignores case, spaces and dashes, and takes i and l as 1 and o as 0.
//!
//! Bits, most significant first: a 3-bit format version (1), one bit for what it carries,
//! then either seven 7-bit area scores (0–100, 127 for "not enough answers") or the 28
//! answers as one base-6 number (0 = unanswered, 1–5 the scale). The rest is zero padding.
//! Area-only codes are 12 characters, with answers 17, check character included.
//!
//! The check character is a weighted sum in GF(32) with distinct weights, so it catches
//! every single wrong character and every swap of two neighbouring characters.

use crate::core::answer::{Answer, Answers};
use crate::core::bank::{AREAS, QUESTION_COUNT};
use crate::core::scoring::score;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// The format this build writes; a later widget still reads it.
pub const CODE_VERSION: u8 = 1;
const NONE_SCORE: u128 = 127;
/// Data characters (check character not included).
const SCORES_LEN: usize = 11;
const ANSWERS_LEN: usize = 16;
const SCORES_BITS: usize = 4 + 7 * 7;
const ANSWERS_BITS: usize = 4 + 73;

/// What a partner shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerView {
    /// Per area in bank order, 0–100, or `None` for "not enough answers".
    pub scores: [Option<u8>; 7],
    /// Each answer, when the partner chose to share them.
    pub answers: Option<Answers>,
}

impl PartnerView {
    /// What this visitor's own answers share: never the safety check.
    pub fn of(answers: &Answers, with_answers: bool) -> PartnerView {
        let results = score(answers);
        let scores = std::array::from_fn(|i| results.areas[i].score);
        PartnerView { scores, answers: with_answers.then(|| answers.scored_only()) }
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
pub fn encode(view: &PartnerView) -> String {
    let (value, bits, len) = match &view.answers {
        None => {
            let mut v = u128::from(CODE_VERSION) << 1;
            for s in view.scores {
                v = (v << 7) | s.map_or(NONE_SCORE, |n| u128::from(n.min(100)));
            }
            (v, SCORES_BITS, SCORES_LEN)
        }
        Some(answers) => {
            let mut n: u128 = 0;
            for q in 0..QUESTION_COUNT {
                n = n * 6 + answers.get(q).map_or(0, |a| u128::from(a.value()));
            }
            ((((u128::from(CODE_VERSION) << 1) | 1) << 73) | n, ANSWERS_BITS, ANSWERS_LEN)
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
    if data.len() < SCORES_LEN {
        return Err(CodeProblem::TooShort);
    }
    // Every version keeps this check character, so a well-formed code from a newer version
    // is recognised at any length, and a typo in its first character is still a typo.
    let valid = check(data) == check_symbol;
    if valid && data[0] >> 2 > CODE_VERSION {
        return Err(CodeProblem::Newer);
    }
    let (bits, carries_answers) = match data.len() {
        SCORES_LEN => (SCORES_BITS, false),
        ANSWERS_LEN => (ANSWERS_BITS, true),
        n if n > ANSWERS_LEN => return Err(CodeProblem::TooLong),
        // Between the two lengths: nearer the short code, extra characters; nearer the long
        // one, missing characters.
        n if n - SCORES_LEN <= 2 => return Err(CodeProblem::TooLong),
        _ => return Err(CodeProblem::TooShort),
    };
    if !valid {
        return Err(CodeProblem::Mistake);
    }
    let value = data.iter().fold(0u128, |v, &s| (v << 5) | u128::from(s));
    let padding = data.len() * 5 - bits;
    if value & ((1 << padding) - 1) != 0 {
        return Err(CodeProblem::Mistake);
    }
    let value = value >> padding;
    let header = value >> (bits - 4);
    if header >> 1 != u128::from(CODE_VERSION) || (header & 1 == 1) != carries_answers {
        return Err(CodeProblem::Mistake);
    }
    if carries_answers {
        let mut n = value & ((1 << 73) - 1);
        let mut answers = Answers::new();
        for q in (0..QUESTION_COUNT).rev() {
            let digit = (n % 6) as u8;
            n /= 6;
            if let Some(a) = Answer::from_value(digit) {
                answers.set(q, a);
            }
        }
        if n != 0 {
            return Err(CodeProblem::Mistake);
        }
        return Ok(PartnerView::of(&answers, true));
    }
    let mut scores = [None; 7];
    for (i, slot) in scores.iter_mut().enumerate() {
        let s = (value >> (7 * (AREAS.len() - 1 - i))) & 127;
        *slot = match s {
            0..=100 => Some(s as u8),
            NONE_SCORE => None,
            _ => return Err(CodeProblem::Mistake),
        };
    }
    Ok(PartnerView { scores, answers: None })
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
