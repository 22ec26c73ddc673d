//! The widget's views: small function components that render state and dispatch actions.

mod about_quiz;
mod activity_card;
mod area_chart;
mod compare;
mod confirm;
mod could_not_load;
mod for_counsellor;
mod help_panel;
mod intro;
mod lang_switch;
mod lock_form;
mod meter;
mod notice_bar;
mod partner_screen;
mod partner_views;
mod plan_end;
mod plan_form;
mod plan_screen;
mod privacy_panel;
mod progress_bar;
mod question;
mod quick_exit;
mod reminder_fields;
mod restart;
mod take_it_with_you;
mod their_code;
mod results;
mod safety_panel;
mod today_section;
mod unlock;
mod week_section;
mod widget_body;
mod your_code;

pub use about_quiz::about_quiz;
pub use activity_card::activity_card;
pub use could_not_load::CouldNotLoad;
pub use lang_switch::lang_switch;
pub use area_chart::{area_chart, ChartRow};
pub use compare::compare_screen;
pub use confirm::Confirm;
pub use for_counsellor::{counsellor_sheet, for_counsellor};
pub use help_panel::help_panel;
pub use intro::intro;
pub use lock_form::LockForm;
pub use meter::meter;
pub use notice_bar::notice_bar;
pub use partner_screen::partner_screen;
pub use partner_views::partner_views;
pub use plan_end::plan_end;
pub use plan_form::plan_form;
pub use plan_screen::plan_screen;
pub use privacy_panel::PrivacyPanel;
pub use progress_bar::progress_bar;
pub use question::question_screen;
pub use quick_exit::quick_exit;
pub use reminder_fields::reminder_fields;
pub use restart::restart;
pub use take_it_with_you::take_it_with_you;
pub use their_code::TheirCode;
pub use results::results_screen;
pub use safety_panel::{away, call, contact_label, help_line, safety_check_offer, safety_contacts, safety_panel};
pub use today_section::TodaySection;
pub use unlock::UnlockScreen;
pub use week_section::week_section;
pub use widget_body::widget_body;
pub use your_code::your_code;

use yew::prelude::*;

use crate::core::state::Action;
use crate::quiz::Quiz;

/// The widget's one shape for a button that dispatches `action`: every such button goes
/// through here, so its markup is built by one function.
pub fn action_button(quiz: &Quiz, class: &'static str, action: Action, label: &'static str) -> Html {
    html! { <button type="button" {class} onclick={quiz.on::<MouseEvent>(action)}>{ label }</button> }
}
