//! What the visitor said: one point on a five-point agreement scale per statement.

use super::bank::{is_new_in_bank_2, position_of, stored_id, ASKED, BANK, STORED};

/// A point on the agreement scale, from "Strongly disagree" (1) to "Strongly agree" (5).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Answer {
    StronglyDisagree = 1,
    Disagree = 2,
    Unsure = 3,
    Agree = 4,
    StronglyAgree = 5,
}

impl Answer {
    /// The scale in the order it is shown.
    pub const SCALE: [Answer; 5] = [
        Answer::StronglyDisagree,
        Answer::Disagree,
        Answer::Unsure,
        Answer::Agree,
        Answer::StronglyAgree,
    ];

    /// 1 to 5, as stored.
    pub fn value(self) -> u8 {
        self as u8
    }

    /// Reads a stored value; anything outside 1 to 5 is not an answer.
    pub fn from_value(v: u8) -> Option<Answer> {
        Answer::SCALE.get(usize::from(v).checked_sub(1)?).copied()
    }

    /// Position on the scale, 0 to 4 (also the index into the catalog's scale labels).
    pub fn index(self) -> usize {
        usize::from(self.value() - 1)
    }
}

/// Every answer given so far, one slot per stored position: the bank, then the safety
/// check, then retired statements (kept from an older bank, never asked or scored). Saved
/// data keys them by statement id, so saved answers survive a reordering of the bank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers([Option<Answer>; STORED]);

impl Default for Answers {
    fn default() -> Self {
        Answers([None; STORED])
    }
}

/// Stored positions in statement-id order: the order answers are saved in (they were a map
/// keyed by id), worked out when compiling.
const BY_ID: [usize; STORED] = by_id();

const fn by_id() -> [usize; STORED] {
    let mut order = [0; STORED];
    let mut i = 0;
    while i < STORED {
        order[i] = i;
        i += 1;
    }
    let mut i = 1;
    while i < STORED {
        let mut j = i;
        while j > 0 && id_before(stored_id(order[j]), stored_id(order[j - 1])) {
            let t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    order
}

/// `a < b` byte by byte, as `str` orders (usable when compiling).
const fn id_before(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer to the statement at `position` in the bank, if any.
    pub fn get(&self, position: usize) -> Option<Answer> {
        self.0.get(position).copied().flatten()
    }

    /// The answer to a statement by id.
    pub fn get_id(&self, id: &str) -> Option<Answer> {
        self.get(position_of(id)?)
    }

    /// Records (or changes) the answer at `position`; positions outside the stored ones are ignored.
    pub fn set(&mut self, position: usize, answer: Answer) {
        if let Some(slot) = self.0.get_mut(position) {
            *slot = Some(answer);
        }
    }

    /// Records an answer by statement id, but only for statements the bank still asks.
    /// Returns whether it was kept.
    pub fn set_id(&mut self, id: &str, answer: Answer) -> bool {
        match position_of(id) {
            Some(p) => {
                self.set(p, answer);
                true
            }
            None => false,
        }
    }

    /// The answers to the scored statements only, the safety check and retired statements
    /// left out: what may ever leave this device (in a partner code).
    pub fn scored_only(&self) -> Answers {
        let mut scored = self.clone();
        for slot in &mut scored.0[BANK.len()..] {
            *slot = None;
        }
        scored
    }

    /// How many statements have an answer.
    pub fn len(&self) -> usize {
        self.0.iter().flatten().count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }

    /// Statement ids with their answers (the safety check's and retired ones' too), in id
    /// order: what is saved on this device, and nothing else.
    pub fn iter(&self) -> impl Iterator<Item = (&str, Answer)> {
        BY_ID.iter().filter_map(|&p| Some((stored_id(p), self.0[p]?)))
    }

    /// The first question without an answer, in quiz order (the safety check last).
    pub fn first_unanswered(&self) -> Option<usize> {
        (0..ASKED).find(|&p| self.get(p).is_none())
    }

    /// The first statement from `position` on that the bank added since bank 1 and that has
    /// no answer: where a returning visitor, asked only those, goes next. Only forward, so
    /// skipping never goes round in a circle.
    pub fn next_new_unanswered(&self, position: usize) -> Option<usize> {
        (position..BANK.len()).find(|&p| is_new_in_bank_2(p) && self.get(p).is_none())
    }

    /// How many statements the bank added since bank 1 have no answer yet.
    pub fn new_missing(&self) -> usize {
        (0..BANK.len()).filter(|&p| is_new_in_bank_2(p) && self.get(p).is_none()).count()
    }

    /// Joins answers from elsewhere (another tab, a salvaged save) into these; answers
    /// already here win, so nothing answered on this screen is ever lost.
    pub fn merge_missing_from(&mut self, other: &Answers) {
        for (mine, theirs) in self.0.iter_mut().zip(other.0) {
            if mine.is_none() {
                *mine = theirs;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_out_of_range_is_rejected() {
        for a in Answer::SCALE {
            assert_eq!(Answer::from_value(a.value()), Some(a));
        }
        assert_eq!(Answer::from_value(0), None);
        assert_eq!(Answer::from_value(6), None);
        assert_eq!(Answer::from_value(255), None);
    }

    #[test]
    fn index_is_scale_position() {
        for (i, a) in Answer::SCALE.iter().enumerate() {
            assert_eq!(a.index(), i);
        }
    }

    #[test]
    fn set_get_and_change() {
        let mut a = Answers::new();
        assert_eq!(a.get(0), None);
        a.set(0, Answer::Agree);
        assert_eq!(a.get(0), Some(Answer::Agree));
        a.set(0, Answer::Disagree);
        assert_eq!(a.get(0), Some(Answer::Disagree));
        assert_eq!(a.len(), 1);
        a.set(999, Answer::Agree);
        assert_eq!(a.len(), 1);
    }

    #[test]
    fn set_id_refuses_unknown_statements() {
        let mut a = Answers::new();
        assert!(!a.set_id("gone", Answer::Agree));
        assert!(a.set_id(BANK[3].id, Answer::Agree));
        assert_eq!(a.get(3), Some(Answer::Agree));
    }

    #[test]
    fn first_unanswered_walks_the_bank() {
        let mut a = Answers::new();
        assert_eq!(a.first_unanswered(), Some(0));
        a.set(0, Answer::Agree);
        a.set(2, Answer::Agree);
        assert_eq!(a.first_unanswered(), Some(1));
        for p in 0..BANK.len() {
            a.set(p, Answer::Unsure);
        }
        assert_eq!(a.first_unanswered(), Some(BANK.len()), "the safety check comes last");
        for p in BANK.len()..ASKED {
            a.set(p, Answer::Disagree);
        }
        assert_eq!(a.first_unanswered(), None);
    }

    #[test]
    fn merge_keeps_local_answers() {
        let mut here = Answers::new();
        here.set(0, Answer::Agree);
        let mut there = Answers::new();
        there.set(0, Answer::Disagree);
        there.set(1, Answer::StronglyAgree);
        here.merge_missing_from(&there);
        assert_eq!(here.get(0), Some(Answer::Agree));
        assert_eq!(here.get(1), Some(Answer::StronglyAgree));
    }

    #[test]
    fn id_order_is_sorted_and_complete() {
        let ids: Vec<&str> = BY_ID.iter().map(|&p| stored_id(p)).collect();
        let mut sorted: Vec<&str> = (0..STORED).map(stored_id).collect();
        sorted.sort();
        assert_eq!(ids, sorted);
    }

    #[test]
    fn serialises_as_numbers() {
        use crate::core::json::parse;
        use crate::core::saved::answers::{answers_json, read_answers};
        let mut a = Answers::new();
        a.set(0, Answer::StronglyAgree);
        let json = answers_json(&a).to_text();
        assert_eq!(json, format!("{{\"{}\":5}}", BANK[0].id));
        assert!(read_answers(parse("{\"x\":9}").as_ref()).0.is_empty());
    }
}
