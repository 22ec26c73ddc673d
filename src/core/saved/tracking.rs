//! Ticks and notes in saved data: `{"done":["0:id:2",…],"notes":{"1":"…"}}`. Notes are keyed
//! by week number written as a string, the way JSON keys must be.

use super::field::{list, Fields};
use crate::core::json::{object, Json};
use crate::core::plan::tracking::PlanTracking;

pub fn tracking_json(t: &PlanTracking) -> Json {
    let done = t.done.iter().map(|k| Json::str(k)).collect();
    let notes = t.notes.iter().map(|(week, note)| (Json::uint((*week).into()).to_text(), Json::str(note))).collect();
    object(vec![("done", Json::Arr(done)), ("notes", Json::Obj(notes))])
}

/// Either field may be missing; if present it must be readable as a whole.
pub fn read_tracking(value: &Json) -> Option<PlanTracking> {
    let f = Fields::of(value, &["done", "notes"])?;
    let mut t = PlanTracking::default();
    if let Some(done) = f.get("done") {
        for key in list(done, Json::as_str)? {
            t.add_done(key);
        }
    }
    if let Some(notes) = f.get("notes") {
        // From the end, skipping weeks already seen: a week written twice is its last note.
        let mut seen = [false; 256];
        for (week, note) in notes.as_object()?.iter().rev() {
            let week = week_key(week)?;
            if !std::mem::replace(&mut seen[usize::from(week)], true) {
                t.put_note(week, note.as_str()?.to_string());
            }
        }
    }
    Some(t)
}

/// A week number as a key: plain digits, no sign, no leading zero, up to 255.
fn week_key(key: &str) -> Option<u8> {
    let plain = key.bytes().all(|b| b.is_ascii_digit()) && (key == "0" || !key.starts_with('0'));
    if plain { key.parse().ok() } else { None }
}
