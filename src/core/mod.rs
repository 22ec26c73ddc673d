//! The pure core of the widget: questions, answers, scoring, state and the saved format.
//!
//! Nothing in here touches the browser (no `web_sys`, no `yew`), so every rule is tested
//! natively with plain `cargo test`.

pub mod answer;
pub mod bank;
pub mod catalog;
pub mod saved;
pub mod scoring;
pub mod settings;
pub mod state;
