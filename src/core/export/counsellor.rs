//! "For your counsellor": the latest finished answers as Markdown, with the area scores and
//! the date, for a visitor who wants to take them to a session. The safety check's answers go
//! in only when the visitor ticks that they want them there.

use crate::core::answer::Answers;
use crate::core::catalog::Catalog;
use crate::core::date::Date;
use crate::core::words::{counsellor_page, AnswerLine};

/// The page as Markdown: a title, when and whose, the scores, then every answer in quiz order.
pub fn counsellor_markdown(text: &Catalog, answers: &Answers, date: Option<Date>, with_safety: bool) -> String {
    let ui = &text.ui;
    let page = counsellor_page(text, answers, date, with_safety);
    let mut out = format!("# {}\n\n{}\n\n## {}\n\n", ui.counsellor_heading, page.lead, ui.scores_title);
    for line in &page.scores {
        out.push_str(&format!("- {line}\n"));
    }
    let list = |out: &mut String, heading: &str, lines: &[AnswerLine]| {
        out.push_str(&format!("\n## {heading}\n\n"));
        for l in lines {
            out.push_str(&format!("{}. {} **{}**\n", l.number, l.statement, l.said));
        }
    };
    list(&mut out, ui.counsellor_answers, &page.answers);
    if with_safety {
        list(&mut out, ui.counsellor_safety_heading, &page.safety);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answer::Answer;
    use crate::core::bank::{ASKED, QUESTION_COUNT, SAFETY_CHECK};
    use crate::core::scoring::score;
    use crate::core::words::{area_score, counsellor_made_on};
    use crate::core::catalog::catalog;
    use crate::core::lang::Lang;

    fn answers() -> Answers {
        let mut a = Answers::new();
        for i in 0..QUESTION_COUNT {
            if i != 3 {
                a.set(i, Answer::SCALE[i % 5]);
            }
        }
        for i in QUESTION_COUNT..ASKED {
            a.set(i, Answer::Agree);
        }
        a
    }

    #[test]
    fn every_answer_with_the_scores_and_the_date_and_no_safety_answer_unless_chosen() {
        for lang in Lang::ALL {
            let text = catalog(lang);
            let md = counsellor_markdown(text, &answers(), Date::new(2026, 12, 7), false);
            assert!(md.starts_with(&format!("# {}\n\n", text.ui.counsellor_heading)), "{md}");
            assert!(md.contains(&counsellor_made_on(text, Date::new(2026, 12, 7).unwrap())));
            assert!(md.contains(text.ui.counsellor_who));
            for i in 0..QUESTION_COUNT {
                assert!(md.contains(&format!("{}. {} **", i + 1, text.statement(i))), "{lang:?}: statement {i}");
            }
            assert!(md.contains(&format!("4. {} **{}**", text.statement(3), text.ui.counsellor_unanswered)), "a skipped one says so");
            assert!(md.contains(&format!("1. {} **{}**", text.statement(0), text.scale[0])));
            for a in &score(&answers().scored_only()).areas {
                assert!(md.contains(&area_score(text, a)));
            }
            // Private unless the visitor chooses: no safety statement, no safety heading.
            for i in QUESTION_COUNT..ASKED {
                assert!(!md.contains(text.statement(i)), "{lang:?}: {}", SAFETY_CHECK[i - QUESTION_COUNT]);
            }
            assert!(!md.contains(text.ui.counsellor_safety_heading));
            let with = counsellor_markdown(text, &answers(), None, true);
            assert!(with.contains(text.ui.counsellor_safety_heading));
            for i in QUESTION_COUNT..ASKED {
                assert!(with.contains(&format!("{}. {} **{}**", i + 1, text.statement(i), text.scale[3])));
            }
            assert!(!with.contains(&counsellor_made_on(text, Date::new(2026, 12, 7).unwrap())), "no date when none is known");
        }
    }
}
