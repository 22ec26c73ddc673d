//! Answers and finished quizzes in saved data: `{"<statement id>":1..5,…}` in id order, and
//! `[{"date":"YYYY-MM-DD"|null,"answers":{…}},…]`. Read one value at a time, so a bad answer
//! costs that answer only.

use crate::core::answer::{Answer, Answers};
use crate::core::bank::{position_of, STORED};
use crate::core::date::Date;
use crate::core::json::{object, Json};
use crate::core::progress::CompletedQuiz;

use super::field::date_json;

pub fn answers_json(answers: &Answers) -> Json {
    Json::Obj(answers.iter().map(|(id, a)| (id.to_string(), Json::uint(a.value().into()))).collect())
}

pub fn history_json(history: &[CompletedQuiz]) -> Json {
    let quiz = |q: &CompletedQuiz| {
        object(vec![("date", Json::or_null(q.date, date_json)), ("answers", answers_json(&q.answers))])
    };
    Json::Arr(history.iter().map(quiz).collect())
}

/// Keeps every answer that names a known statement (asked, or retired: an older bank's answer
/// is kept, never scored) and holds a value from 1 to 5; returns
/// them and how many were dropped.
pub fn read_answers(value: Option<&Json>) -> (Answers, usize) {
    let mut answers = Answers::new();
    let Some(value) = value else { return (answers, 0) };
    let Some(pairs) = value.as_object() else { return (answers, 1) };
    let mut dropped = 0;
    // From the end, skipping statements already seen: a statement written twice counts as
    // its last value only, as it always did.
    let mut seen = [false; STORED];
    for (id, v) in pairs.iter().rev() {
        let position = position_of(id);
        if let Some(p) = position {
            if std::mem::replace(&mut seen[p], true) {
                continue;
            }
        }
        let answer = v.as_u64().and_then(|n| u8::try_from(n).ok()).and_then(Answer::from_value);
        match (position, answer) {
            (Some(p), Some(a)) => answers.set(p, a),
            _ => dropped += 1,
        }
    }
    (answers, dropped)
}

/// Keeps every finished quiz that still has a readable answer.
pub fn read_history(value: Option<&Json>, dropped: &mut usize) -> Vec<CompletedQuiz> {
    let Some(value) = value else { return Vec::new() };
    let Some(items) = value.as_array() else {
        *dropped += 1;
        return Vec::new();
    };
    let mut history = Vec::new();
    for item in items {
        let (answers, lost) = read_answers(item.get("answers"));
        *dropped += lost;
        let date = match item.get("date") {
            None | Some(Json::Null) => None,
            Some(v) => v.as_str().and_then(Date::parse).or_else(|| {
                *dropped += 1;
                None
            }),
        };
        if answers.is_empty() {
            *dropped += 1;
        } else {
            history.push(CompletedQuiz { date, answers });
        }
    }
    history
}
