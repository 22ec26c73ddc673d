//! Sentences of the intro, the questions, the results and "Getting help".

use crate::core::bank::ASKED;
use crate::core::catalog::{fill, Catalog};
use crate::core::date::Date;
use crate::core::scoring::AreaScore;

/// "You will read 31 short statements…".
pub fn intro_how(text: &Catalog) -> String {
    fill(text.ui.intro_how, &[("count", &ASKED.to_string())])
}

/// "You answered 12 of 31 …", for a quiz left part way.
pub fn resume_note(text: &Catalog, answered: usize) -> String {
    fill(text.ui.resume_note, &[("n", &answered.to_string()), ("total", &ASKED.to_string())])
}

/// "The quiz has 8 new statements since you last took it…", for finished answers that wait
/// for statements the bank added since.
pub fn intro_new_statements(text: &Catalog, missing: usize) -> String {
    fill(text.ui.intro_new_statements, &[("count", &missing.to_string())])
}

/// "Offered by <practice>".
pub fn offered_by(text: &Catalog, practice: &str) -> String {
    fill(text.ui.offered_by, &[("practice", practice)])
}

/// "Question 3 of 31".
pub fn question_of(text: &Catalog, number: usize, total: usize) -> String {
    fill(text.ui.question_of, &[("n", &number.to_string()), ("total", &total.to_string())])
}

/// "Overall: 62 out of 100".
pub fn overall_score(text: &Catalog, score: u8) -> String {
    fill(text.ui.overall_score, &[("n", &score.to_string())])
}

/// "<Area>: N out of 100", or that there are not enough answers for a score.
pub fn area_score(text: &Catalog, a: &AreaScore) -> String {
    let name = text.area(a.area).name;
    match a.score {
        Some(n) => fill(text.ui.area_score, &[("area", name), ("n", &n.to_string())]),
        None => fill(text.ui.area_not_enough, &[("area", name)]),
    }
}

/// "Contact <practice>", or "Talk to a counsellor" when the practice gave no name.
pub fn contact_label(text: &Catalog, practice: Option<&str>) -> String {
    match practice {
        Some(name) => fill(text.ui.help_contact_named, &[("practice", name)]),
        None => text.ui.help_contact.to_string(),
    }
}

/// "Answered on 7 Dec 2026." at the top of the page for a counsellor.
pub fn counsellor_made_on(text: &Catalog, date: Date) -> String {
    fill(text.ui.counsellor_made_on, &[("date", &super::dates::date_long(text, date))])
}

/// "Call <phone>", the practice's contact line.
pub fn help_call(text: &Catalog, phone: &str) -> String {
    fill(text.ui.help_call, &[("phone", phone)])
}

/// "Call <phone>", the practice's safety line.
pub fn safety_call(text: &Catalog, phone: &str) -> String {
    fill(text.safety.call, &[("phone", phone)])
}
