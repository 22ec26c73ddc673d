//! Taking the plan away: as a calendar file and as Markdown text.

pub mod ics;
pub mod markdown;
