//! The pure core of the widget: questions, answers, scoring, the rebuild plan, state and the
//! saved format.
//!
//! Nothing in here touches the browser (no `web_sys`, no `yew`), so every rule is tested
//! natively with plain `cargo test`.

pub mod answer;
pub mod bank;
pub mod catalog;
pub mod colour;
pub mod date;
pub mod export;
pub mod host;
pub mod json;
pub mod lang;
pub mod locked;
pub mod messages;
pub mod partner;
pub mod plan;
pub mod progress;
pub mod quick_exit;
pub mod safety;
pub mod saved;
pub mod scoring;
pub mod settings;
pub mod sort;
pub mod state;
pub mod words;
