//! The presenter: every sentence a screen or a file shows that is made from a template, built
//! from the catalog and plain values. Views and the exporters call these; none of them fills
//! a template itself, so each sentence is built, and tested, in one place.
//!
//! A label that is only looked up (`text.ui.start`, an area's name) needs no presenter: the
//! views read it from the catalog.

mod counsellor;
mod dates;
mod messages;
mod partner;
mod plan;
mod quiz;
#[cfg(test)]
mod tests;

pub use counsellor::{counsellor_page, AnswerLine, CounsellorPage};
pub use dates::{date_long, day_short};
pub use messages::{notice, partner_problem, plan_message, privacy_message};
pub use partner::{partner_area_line, partner_focus_reason};
pub use plan::*;
pub use quiz::*;
