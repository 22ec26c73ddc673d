//! The widget's views: small function components that render state and dispatch actions.

mod area_chart;
mod help_panel;
mod intro;
mod notice_bar;
mod progress_bar;
mod question;
mod restart;
mod results;

pub use area_chart::AreaChart;
pub use help_panel::HelpPanel;
pub use intro::Intro;
pub use notice_bar::NoticeBar;
pub use progress_bar::ProgressBar;
pub use question::{QuestionScreen, QuestionScreenProps};
pub use restart::Restart;
pub use results::ResultsScreen;
