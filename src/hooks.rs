//! One custom hook per side effect, each in its own file, in the shapes of jetli/yew-hooks
//! (`use_latest`, `use_event`, `use_interval`). The decisions are all in the core: these
//! hooks only carry news in as actions and perform the effects the reducer returns.

mod use_accent;
mod use_effects;
mod use_event;
mod use_focus_on_change;
mod use_interval;
mod use_latest;
mod use_partner_link;
mod use_quick_exit_keys;
mod use_retry;
mod use_storage_news;
mod use_catalog;
mod use_today;

pub use use_accent::use_accent;
pub use use_effects::{use_effects, Performer};
pub use use_event::use_window_event;
pub use use_focus_on_change::use_focus_on_change;
pub use use_interval::use_interval;
pub use use_latest::use_latest;
pub use use_partner_link::use_partner_link;
pub use use_quick_exit_keys::use_quick_exit_keys;
pub use use_retry::use_retry;
pub use use_storage_news::use_storage_news;
pub use use_catalog::{use_catalog, Words};
pub use use_today::use_today;
