//! Taking things away: the plan as a calendar file and as Markdown text, and the answers as
//! a page for the visitor's counsellor.

pub mod counsellor;
pub mod ics;
pub mod markdown;
