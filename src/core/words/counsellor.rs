//! The page for a visitor's counsellor, as lines: the same for the printed page and the
//! Markdown file, so the two never say different things.

use super::{area_score, counsellor_made_on, overall_score};
use crate::core::answer::Answers;
use crate::core::bank::{is_check, ASKED};
use crate::core::catalog::Catalog;
use crate::core::date::Date;
use crate::core::scoring::score;

/// One statement and what the visitor answered ("Not answered" for a skipped one).
pub struct AnswerLine {
    pub number: usize,
    pub statement: &'static str,
    pub said: &'static str,
}

/// Everything the page says, in order.
pub struct CounsellorPage {
    /// When it was answered, and whose answers they are.
    pub lead: String,
    pub scores: Vec<String>,
    pub answers: Vec<AnswerLine>,
    /// The safety check's answers: empty unless the visitor chose to include them.
    pub safety: Vec<AnswerLine>,
}

pub fn counsellor_page(text: &Catalog, answers: &Answers, date: Option<Date>, with_safety: bool) -> CounsellorPage {
    let ui = &text.ui;
    let results = score(&answers.scored_only());
    let lead = match date {
        Some(date) => [counsellor_made_on(text, date), ui.counsellor_who.to_string()].join(" "),
        None => ui.counsellor_who.to_string(),
    };
    let mut scores: Vec<String> = results.overall.map(|n| overall_score(text, n)).into_iter().collect();
    scores.extend(results.areas.iter().map(|a| area_score(text, a)));
    let line = |i: usize| AnswerLine {
        number: i + 1,
        statement: text.statement(i),
        said: answers.get(i).map_or(ui.counsellor_unanswered, |a| text.scale[a.index()]),
    };
    CounsellorPage {
        lead,
        scores,
        answers: (0..ASKED).filter(|&i| !is_check(i)).map(line).collect(),
        safety: if with_safety { (0..ASKED).filter(|&i| is_check(i)).map(line).collect() } else { Vec::new() },
    }
}
