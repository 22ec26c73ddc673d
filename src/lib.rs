//! intimacy-check: a private "Do we have emotional intimacy?" quiz for counselling websites.
//!
//! [`core`] is the pure part (questions, scoring, state, saved format) and is tested
//! natively; the rest renders it with Yew in the browser.

pub mod app;
pub mod components;
pub mod core;
pub mod crypto;
mod download;
pub mod embed;
mod hooks;
mod provider;
pub mod quiz;
mod storage;
pub mod texts;

pub use app::{App, AppProps, WidgetEvent};

