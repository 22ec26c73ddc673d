//! The widget's views: small function components that render state and dispatch actions.

mod activity_card;
mod area_chart;
mod compare;
mod confirm;
mod help_panel;
mod intro;
mod meter;
mod notice_bar;
mod plan_form;
mod plan_screen;
mod privacy_panel;
mod progress_bar;
mod question;
mod quick_exit;
mod restart;
mod results;
mod unlock;
mod week_section;

pub use activity_card::ActivityCard;
pub use area_chart::{AreaChart, ChartRow};
pub use compare::CompareScreen;
pub use confirm::Confirm;
pub use help_panel::HelpPanel;
pub use intro::Intro;
pub use meter::Meter;
pub use notice_bar::NoticeBar;
pub use plan_form::PlanForm;
pub use plan_screen::PlanScreen;
pub use privacy_panel::PrivacyPanel;
pub use progress_bar::ProgressBar;
pub use question::{QuestionScreen, QuestionScreenProps};
pub use quick_exit::QuickExit;
pub use restart::Restart;
pub use results::ResultsScreen;
pub use unlock::UnlockScreen;
pub use week_section::WeekSection;
