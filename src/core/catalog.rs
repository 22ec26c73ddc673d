//! Every sentence the visitor reads, in one place.
//!
//! Views never hold text of their own: they ask the catalog. A new language is a new
//! [`Catalog`] value; the compiler checks it has every field, and the tests check it has a
//! text for every statement in the bank.

mod en;
mod en_activities;
mod en_plan_days;

use super::bank::{AreaId, BANK};
use super::date::Date;
use super::plan::activity::Kind;
use super::plan::library::ACTIVITIES;
use super::plan::generate::PlanProblem;
use super::scoring::Band;
use super::state::{Notice, PlanMessage, PrivacyMessage};

/// A language the widget can speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// Reads a BCP 47 tag such as `en` or `en-GB`; `None` when the language is not offered.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}

/// The catalog for a language.
pub fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::En => &en::EN,
    }
}

/// All the words of one language.
pub struct Catalog {
    pub ui: Ui,
    /// Labels of the agreement scale, from "Strongly disagree" to "Strongly agree".
    pub scale: [&'static str; 5],
    /// Per band, lowest first: a short name and what it means overall.
    pub bands: [BandText; 3],
    /// Per area, in [`crate::core::bank::AREAS`] order.
    pub areas: [AreaText; 7],
    /// Per statement, in bank order: its id (checked against the bank) and its words.
    pub statements: [(&'static str, &'static str); BANK.len()],
    pub plan: PlanUi,
    /// Per kind of activity, in [`Kind::ALL`] order: a name and a short hint.
    pub kinds: [(&'static str, &'static str); 6],
    /// Monday first.
    pub weekdays: [&'static str; 7],
    /// January first.
    pub months: [&'static str; 12],
    /// A day in a plan, e.g. "{weekday} {day} {month}".
    pub day_short: &'static str,
    /// A full date, e.g. "{day} {month} {year}".
    pub date_long: &'static str,
    /// Per activity, in library order.
    pub activities: &'static [ActivityText; ACTIVITIES.len()],
    pub privacy: PrivacyUi,
    pub days: PlanDaysUi,
}

/// Words of the plan as it is met day by day: today, this week, the other weeks, missed
/// days and the end of the plan. Warm and plain: no streaks, no blame.
pub struct PlanDaysUi {
    /// "Today, {date}".
    pub today_title: &'static str,
    /// "{activity}" and "{day}".
    pub nothing_today: &'static str,
    /// The visible word next to today's tick box.
    pub done: &'static str,
    /// "{title}".
    pub today_tick_label: &'static str,
    pub how_to: &'static str,
    /// "{dates}".
    pub this_week: &'static str,
    /// A week before this one: "{n}", "{done}" and "{total}".
    pub week_past: &'static str,
    /// A week after this one: "{n}" and "{dates}".
    pub week_later: &'static str,
    pub missed_note: &'static str,
    pub restart: &'static str,
    pub confirm_restart: &'static str,
    pub confirm_restart_yes: &'static str,
    pub confirm_restart_no: &'static str,
    pub restarted: &'static str,
    pub end_title: &'static str,
    /// "{n}" and "{weeks}".
    pub end_done: &'static str,
    /// "{weeks}".
    pub end_done_one: &'static str,
    pub end_none: &'static str,
    pub end_by_area: &'static str,
    /// "{area}" and "{n}".
    pub end_area_line: &'static str,
    pub end_next: &'static str,
    pub retake: &'static str,
    pub retake_note: &'static str,
}

/// Words of quick exit, the privacy panel, the lock and deleting.
pub struct PrivacyUi {
    pub quick_exit: &'static str,
    pub quick_exit_note: &'static str,
    pub panel_title: &'static str,
    pub stored_note: &'static str,
    pub start_private: &'static str,
    pub delete_all: &'static str,
    pub confirm_delete: &'static str,
    pub confirm_delete_yes: &'static str,
    pub confirm_delete_no: &'static str,
    pub lock_title: &'static str,
    pub lock_intro: &'static str,
    pub passphrase: &'static str,
    pub passphrase_again: &'static str,
    pub passphrase_hint: &'static str,
    pub lock_button: &'static str,
    pub locked_state: &'static str,
    pub remove_lock: &'static str,
    pub unlock_title: &'static str,
    pub unlock_intro: &'static str,
    pub unlock_button: &'static str,
    pub working: &'static str,
    pub forgot_title: &'static str,
    pub forgot_text: &'static str,
    pub private_state: &'static str,
    pub msg_deleted: &'static str,
    pub msg_lock_on: &'static str,
    pub msg_lock_off: &'static str,
    pub msg_wrong: &'static str,
    pub msg_too_short: &'static str,
    pub msg_mismatch: &'static str,
    pub msg_no_crypto: &'static str,
}

/// The words for one activity of the rebuild plan.
pub struct ActivityText {
    /// The activity's id, checked against the library.
    pub id: &'static str,
    pub title: &'static str,
    /// How to do it: 2–4 short steps.
    pub steps: &'static [&'static str],
    /// Why it helps, in one sentence.
    pub why: &'static str,
}

/// Words of the plan form, the plan screen, the comparison and the exports.
pub struct PlanUi {
    pub form_title: &'static str,
    pub form_intro: &'static str,
    pub form_replaces: &'static str,
    pub weeks_label: &'static str,
    pub weeks_option: &'static str,
    pub minutes_label: &'static str,
    pub minutes_option: &'static str,
    pub kinds_label: &'static str,
    pub partner_label: &'static str,
    pub partner_together: &'static str,
    pub partner_alone: &'static str,
    pub make_plan: &'static str,
    pub make_new_plan: &'static str,
    pub problem_nothing_allowed: &'static str,
    pub problem_nothing_fits: &'static str,
    pub problem_needs_partner: &'static str,
    pub only_one_plan: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub summary_together: &'static str,
    pub summary_alone: &'static str,
    pub focus: &'static str,
    pub maintenance: &'static str,
    pub week_title: &'static str,
    pub week_dates: &'static str,
    pub every_day: &'static str,
    pub minutes_each: &'static str,
    pub done_of: &'static str,
    pub progress_label: &'static str,
    pub week_progress_label: &'static str,
    pub steps_label: &'static str,
    pub why_label: &'static str,
    pub tick_label: &'static str,
    pub note_label: &'static str,
    pub note_hint: &'static str,
    pub print: &'static str,
    pub download_markdown: &'static str,
    pub download_calendar: &'static str,
    pub take_it_title: &'static str,
    pub different_plan: &'static str,
    pub confirm_different: &'static str,
    pub confirm_different_yes: &'static str,
    pub confirm_different_no: &'static str,
    pub see_plan: &'static str,
    pub see_results: &'static str,
    pub retake: &'static str,
    pub retake_note: &'static str,
    pub compare: &'static str,
    pub compare_title: &'static str,
    pub compare_intro: &'static str,
    pub compare_with: &'static str,
    pub compare_line: &'static str,
    pub compare_line_missing: &'static str,
    pub compare_chart_title: &'static str,
    pub legend_before: &'static str,
    pub legend_now: &'static str,
    pub earlier_undated: &'static str,
    pub back_to_results: &'static str,
    pub export_heading: &'static str,
    pub export_made_on: &'static str,
    pub calendar_name: &'static str,
}

/// The words for one band.
pub struct BandText {
    pub name: &'static str,
    pub overall: &'static str,
}

/// The words for one area.
pub struct AreaText {
    pub name: &'static str,
    /// One sentence on what the area means.
    pub meaning: &'static str,
    /// Guidance for a result that needs attention, is growing, or is strong.
    pub low: &'static str,
    pub middle: &'static str,
    pub high: &'static str,
}

impl AreaText {
    pub fn guidance(&self, band: Band) -> &'static str {
        match band {
            Band::NeedsAttention => self.low,
            Band::Growing => self.middle,
            Band::Strong => self.high,
        }
    }
}

/// Labels, headings and short texts of the screens. Fields with `{name}` are templates for
/// [`fill`].
pub struct Ui {
    pub title: &'static str,
    pub intro_lead: &'static str,
    pub intro_how: &'static str,
    pub intro_private: &'static str,
    pub intro_not_diagnosis: &'static str,
    pub offered_by: &'static str,
    pub start: &'static str,
    pub resume: &'static str,
    pub resume_note: &'static str,
    pub see_results_again: &'static str,
    pub question_of: &'static str,
    pub question_prompt: &'static str,
    pub progress_label: &'static str,
    pub back: &'static str,
    pub continue_: &'static str,
    pub skip: &'static str,
    pub see_results: &'static str,
    pub results_title: &'static str,
    pub overall_score: &'static str,
    pub overall_unknown: &'static str,
    pub area_score: &'static str,
    pub area_not_enough: &'static str,
    pub chart_title: &'static str,
    pub scores_title: &'static str,
    pub strongest_title: &'static str,
    pub weakest_title: &'static str,
    pub all_even: &'static str,
    pub not_diagnosis: &'static str,
    pub help_title: &'static str,
    pub help_text: &'static str,
    pub help_contact: &'static str,
    pub help_contact_named: &'static str,
    pub help_call: &'static str,
    pub change_answers: &'static str,
    pub start_again: &'static str,
    pub confirm_restart: &'static str,
    pub confirm_restart_yes: &'static str,
    pub confirm_restart_no: &'static str,
    pub notice_salvaged: &'static str,
    pub notice_unreadable: &'static str,
    pub notice_newer: &'static str,
    pub notice_not_saving: &'static str,
    pub notice_private: &'static str,
    pub dismiss: &'static str,
}

impl Catalog {
    /// The words of the statement at `position` in the bank.
    pub fn statement(&self, position: usize) -> &'static str {
        self.statements.get(position).map_or("", |(_, text)| text)
    }

    pub fn area(&self, area: AreaId) -> &AreaText {
        &self.areas[area.index()]
    }

    pub fn notice(&self, notice: Notice) -> &'static str {
        match notice {
            Notice::Salvaged => self.ui.notice_salvaged,
            Notice::Unreadable => self.ui.notice_unreadable,
            Notice::Newer => self.ui.notice_newer,
            Notice::NotSaving => self.ui.notice_not_saving,
            Notice::Private => self.ui.notice_private,
        }
    }

    /// What to tell the visitor when a plan could not be made.
    pub fn plan_message(&self, message: PlanMessage) -> &'static str {
        match message {
            PlanMessage::Problem(PlanProblem::NothingAllowed) => self.plan.problem_nothing_allowed,
            PlanMessage::Problem(PlanProblem::NothingFits) => self.plan.problem_nothing_fits,
            PlanMessage::Problem(PlanProblem::NeedsPartner) => self.plan.problem_needs_partner,
            PlanMessage::OnlyOnePlan => self.plan.only_one_plan,
        }
    }

    pub fn privacy_message(&self, message: PrivacyMessage) -> &'static str {
        let p = &self.privacy;
        match message {
            PrivacyMessage::Deleted => p.msg_deleted,
            PrivacyMessage::LockOn => p.msg_lock_on,
            PrivacyMessage::LockOff => p.msg_lock_off,
            PrivacyMessage::WrongPassphrase => p.msg_wrong,
            PrivacyMessage::TooShort => p.msg_too_short,
            PrivacyMessage::Mismatch => p.msg_mismatch,
            PrivacyMessage::NoCrypto => p.msg_no_crypto,
        }
    }

    pub fn kind(&self, kind: Kind) -> (&'static str, &'static str) {
        self.kinds[kind.index()]
    }

    /// The words of an activity by id (empty words for an id the library does not have).
    pub fn activity(&self, id: &str) -> &ActivityText {
        static MISSING: ActivityText = ActivityText { id: "", title: "", steps: &[], why: "" };
        self.activities.iter().find(|a| a.id == id).unwrap_or(&MISSING)
    }

    /// "Wed 25 Nov".
    pub fn day_short(&self, date: Date) -> String {
        self.date_words(self.day_short, date)
    }

    /// "25 Nov 2026".
    pub fn date_long(&self, date: Date) -> String {
        self.date_words(self.date_long, date)
    }

    fn date_words(&self, template: &str, date: Date) -> String {
        fill(
            template,
            &[
                ("weekday", self.weekdays[date.weekday()]),
                ("day", &date.day.to_string()),
                ("month", self.months[usize::from(date.month.clamp(1, 12) - 1)]),
                ("year", &date.year.to_string()),
            ],
        )
    }

    pub fn band(&self, band: Band) -> &BandText {
        &self.bands[band.index()]
    }
}

/// Fills `{name}` placeholders in a template. Unknown placeholders are left as they are, so
/// a missing value shows up in review rather than vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bank::AREAS;

    fn all_catalogs() -> Vec<&'static Catalog> {
        vec![catalog(Lang::En)]
    }

    #[test]
    fn statement_texts_line_up_with_the_bank() {
        for c in all_catalogs() {
            for (i, s) in BANK.iter().enumerate() {
                assert_eq!(c.statements[i].0, s.id, "statement {i} is out of line");
                assert!(!c.statement(i).trim().is_empty(), "{} has no text", s.id);
            }
        }
    }

    #[test]
    fn no_empty_area_or_band_text() {
        for c in all_catalogs() {
            for a in AREAS {
                let t = c.area(a);
                for text in [t.name, t.meaning, t.low, t.middle, t.high] {
                    assert!(!text.trim().is_empty(), "{a:?} has an empty text");
                }
            }
            for b in &c.bands {
                assert!(!b.name.is_empty() && !b.overall.is_empty());
            }
            assert!(c.scale.iter().all(|s| !s.is_empty()));
        }
    }

    #[test]
    fn texts_are_unique() {
        let c = catalog(Lang::En);
        let mut seen = std::collections::HashSet::new();
        for (_, t) in &c.statements {
            assert!(seen.insert(*t), "duplicate statement: {t}");
        }
        for a in &c.areas {
            assert!(seen.insert(a.name), "duplicate area name: {}", a.name);
        }
    }

    #[test]
    fn statements_are_short_plain_sentences() {
        // Plain words for a worried reader: short statements, one idea each.
        for (id, t) in &catalog(Lang::En).statements {
            let words = t.split_whitespace().count();
            assert!(words <= 20, "{id} has {words} words");
            assert!(t.ends_with('.'), "{id} should be a full sentence");
        }
    }

    #[test]
    fn activity_texts_line_up_with_the_library() {
        for c in all_catalogs() {
            for (i, a) in ACTIVITIES.iter().enumerate() {
                let t = &c.activities[i];
                assert_eq!(t.id, a.id, "activity {i} is out of line");
                assert!(!t.title.trim().is_empty(), "{} has no title", a.id);
                assert!(!t.title.ends_with('.'), "{}: a title, not a sentence", a.id);
                assert!((2..=4).contains(&t.steps.len()), "{} has {} steps", a.id, t.steps.len());
                for step in t.steps {
                    assert!(step.ends_with('.') || step.ends_with('?'), "{}: {step}", a.id);
                    assert!(step.split_whitespace().count() <= 24, "{}: long step {step}", a.id);
                }
                assert!(t.why.ends_with('.'), "{}: why is a sentence", a.id);
                assert!(t.why.split_whitespace().count() <= 30, "{}: long why", a.id);
            }
        }
    }

    #[test]
    fn activity_titles_are_unique() {
        let c = catalog(Lang::En);
        let mut seen = std::collections::HashSet::new();
        for a in c.activities.iter() {
            assert!(seen.insert(a.title), "duplicate title {}", a.title);
        }
    }

    #[test]
    fn texts_use_plain_ascii_punctuation() {
        let c = catalog(Lang::En);
        let all = c.activities.iter().flat_map(|a| {
            std::iter::once(a.title).chain(a.steps.iter().copied()).chain(std::iter::once(a.why))
        });
        for t in all.chain(c.statements.iter().map(|s| s.1)) {
            assert!(!t.contains(['\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}']), "curly quotes in {t}");
        }
    }

    #[test]
    fn every_plan_message_has_words() {
        let c = catalog(Lang::En);
        for m in [
            PlanMessage::Problem(PlanProblem::NothingAllowed),
            PlanMessage::Problem(PlanProblem::NothingFits),
            PlanMessage::Problem(PlanProblem::NeedsPartner),
            PlanMessage::OnlyOnePlan,
        ] {
            assert!(!c.plan_message(m).is_empty());
        }
        for k in Kind::ALL {
            assert!(!c.kind(k).0.is_empty() && !c.kind(k).1.is_empty());
        }
    }

    #[test]
    fn fill_replaces_named_values() {
        assert_eq!(fill("Question {n} of {total}", &[("n", "3"), ("total", "28")]), "Question 3 of 28");
        assert_eq!(fill("{x} and {y}", &[("x", "a")]), "a and {y}");
    }

    #[test]
    fn templates_have_their_placeholders() {
        let ui = &catalog(Lang::En).ui;
        assert!(ui.question_of.contains("{n}") && ui.question_of.contains("{total}"));
        assert!(ui.area_score.contains("{area}") && ui.area_score.contains("{n}"));
        assert!(ui.area_score.contains("out of 100"));
        assert!(ui.overall_score.contains("{n}"));
        assert!(ui.help_contact_named.contains("{practice}"));
    }

    #[test]
    fn dates_in_words() {
        let c = catalog(Lang::En);
        let d = Date::new(2026, 11, 25).unwrap();
        assert_eq!(c.day_short(d), "Wed 25 Nov");
        assert_eq!(c.date_long(d), "25 Nov 2026");
    }

    #[test]
    fn lang_tags() {
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
