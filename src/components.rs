//! The widget's views: small function components that render state and dispatch actions.

mod activity_card;
mod area_chart;
mod compare;
mod help_panel;
mod intro;
mod meter;
mod notice_bar;
mod plan_form;
mod plan_screen;
mod progress_bar;
mod question;
mod restart;
mod results;
mod week_section;

pub use activity_card::ActivityCard;
pub use area_chart::{AreaChart, ChartRow};
pub use compare::CompareScreen;
pub use help_panel::HelpPanel;
pub use intro::Intro;
pub use meter::Meter;
pub use notice_bar::NoticeBar;
pub use plan_form::PlanForm;
pub use plan_screen::PlanScreen;
pub use progress_bar::ProgressBar;
pub use question::{QuestionScreen, QuestionScreenProps};
pub use restart::Restart;
pub use results::ResultsScreen;
pub use week_section::WeekSection;
