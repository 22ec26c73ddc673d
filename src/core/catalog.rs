//! Every sentence the visitor reads, in one place.
//!
//! Views never hold text of their own: they ask the catalog. The words themselves are not in
//! the wasm: each language is one file, `texts/<lang>.json`, fetched beside it, so a language
//! costs nothing to a visitor who reads another. The keys are the fields of [`Catalog`] (see
//! [`keys`]): a file without a key fails the tests, never shows a blank on screen.

pub mod custom;
#[cfg(test)]
mod files;
mod keys;
mod load;
pub mod offline;

pub use load::CatalogRead;

pub use super::lang::Lang;
use super::bank::{AreaId, ASKED};
use super::date::Date;
use super::plan::activity::Kind;
use super::plan::library::ACTIVITIES;
use super::plan::generate::PlanProblem;
use super::scoring::Band;
use super::partner::code::CodeProblem;
use super::messages::{Notice, PlanMessage, PrivacyMessage};

/// The catalog for a language, read from its file in `texts/` (tests only: the widget
/// fetches the file instead).
#[cfg(test)]
pub fn catalog(lang: Lang) -> &'static Catalog {
    files::catalog(lang)
}

/// All the words of one language.
#[derive(Clone)]
pub struct Catalog {
    pub ui: Ui,
    /// Labels of the agreement scale, from "Strongly disagree" to "Strongly agree".
    pub scale: [&'static str; 5],
    /// Per band, lowest first: a short name and what it means overall.
    pub bands: [BandText; 3],
    /// Per area, in [`crate::core::bank::AREAS`] order.
    pub areas: [AreaText; 7],
    /// Per statement, in quiz order (the bank, then the safety check): its id (checked
    /// against the bank) and its words.
    pub statements: [(&'static str, &'static str); ASKED],
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
    pub activities: Box<[ActivityText; ACTIVITIES.len()]>,
    pub privacy: PrivacyUi,
    pub partner: PartnerUi,
    pub days: PlanDaysUi,
    pub safety: SafetyUi,
    /// Dates in words from the browser (`Intl.DateTimeFormat`) for this BCP 47 locale, set
    /// by the shell; `None` (native tests) uses the file's weekday and month names.
    pub intl: Option<(&'static str, IntlDate)>,
}

/// Formats a date for a locale: `long` is "25 Nov 2026", short "Wed 25 Nov". `None` when the
/// browser could not.
pub type IntlDate = fn(locale: &str, date: Date, long: bool) -> Option<String>;

/// Words of the safety check and of what follows when the visitor may not feel safe with
/// their partner: the safety panel, the plan for them alone, and why no code is offered.
#[derive(Clone, Default)]
pub struct SafetyUi {
    pub check_title: &'static str,
    pub check_intro: &'static str,
    /// The hint on every safety-check statement: private, in no score.
    pub check_private: &'static str,
    /// Results finished before the check existed: an offer to answer it.
    pub check_missing: &'static str,
    pub check_missing_button: &'static str,
    pub panel_title: &'static str,
    pub panel_lead: &'static str,
    pub panel_deserve: &'static str,
    pub panel_alone: &'static str,
    /// Always shown, and all there is when the practice set no safety contact.
    pub emergency: &'static str,
    /// The label of the link to the practice's `safety-url`.
    pub link: &'static str,
    /// "Call {phone}" for the practice's `safety-phone`.
    pub call: &'static str,
    pub browsing_title: &'static str,
    pub browsing: &'static str,
    pub leave: &'static str,
    /// The plan form's title and intro for a plan for the visitor alone.
    pub plan_title: &'static str,
    pub plan_note: &'static str,
    /// The plan's focus line (screen and Markdown) for a plan for the visitor alone.
    pub plan_focus: &'static str,
    pub plan_remake: &'static str,
    pub plan_remake_button: &'static str,
    pub partner_not_now: &'static str,
}

/// Words of partner comparison: codes, the comparison, the plan for two.
#[derive(Clone, Default)]
pub struct PartnerUi {
    pub open: &'static str,
    pub title: &'static str,
    pub how: &'static str,
    pub safety: &'static str,
    pub your_code_title: &'static str,
    pub share_legend: &'static str,
    pub share_scores: &'static str,
    pub share_answers: &'static str,
    pub share_answers_hint: &'static str,
    pub code_label: &'static str,
    pub copy_code: &'static str,
    pub copy_link: &'static str,
    pub link_hint: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub their_code_title: &'static str,
    pub their_code_label: &'static str,
    pub compare_button: &'static str,
    pub waiting: &'static str,
    pub problem_empty: &'static str,
    pub problem_bad_character: &'static str,
    pub problem_too_short: &'static str,
    pub problem_too_long: &'static str,
    pub problem_mistake: &'static str,
    pub problem_newer: &'static str,
    pub problem_own: &'static str,
    pub views_title: &'static str,
    pub legend_you: &'static str,
    pub chart_title: &'static str,
    pub area_line: &'static str,
    pub area_line_missing: &'static str,
    pub gap_similar: &'static str,
    pub gap_worth_talking: &'static str,
    pub gap_good_start: &'static str,
    pub strengths_title: &'static str,
    pub want_more_title: &'static str,
    pub talk_title: &'static str,
    pub talk_intro: &'static str,
    /// Open questions asked of the statements answered furthest apart, furthest first.
    pub talk_1: &'static str,
    pub talk_2: &'static str,
    pub talk_3: &'static str,
    pub talk_4: &'static str,
    pub talk_5: &'static str,
    pub name_label: &'static str,
    pub partner_default: &'static str,
    pub keep_label: &'static str,
    pub keep_hint: &'static str,
    pub forget: &'static str,
    pub forgotten: &'static str,
    pub make_plan: &'static str,
    pub plan_intro: &'static str,
    pub reason_both_low: &'static str,
    pub reason_apart: &'static str,
    pub made_for_two: &'static str,
    pub back: &'static str,
}

/// Words of the plan as it is met day by day: today, this week, the other weeks, missed
/// days and the end of the plan. Warm and plain: no streaks, no blame.
#[derive(Clone, Default)]
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
#[derive(Clone, Default)]
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
    pub msg_delete_failed: &'static str,
}

/// The words for one activity of the rebuild plan.
#[derive(Clone, Default)]
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
#[derive(Clone, Default)]
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
    /// The downloaded files' name before `.md` or `.ics`: lowercase ASCII letters, digits and
    /// `-` only, so every browser and system keeps it as it is.
    pub file_name: &'static str,
}

/// The words for one band.
#[derive(Clone, Default)]
pub struct BandText {
    pub name: &'static str,
    pub overall: &'static str,
}

/// The words for one area.
#[derive(Clone, Default)]
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
#[derive(Clone, Default)]
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
    /// "Getting help" for a visitor who is afraid of their partner: help on their own first.
    pub help_safety: &'static str,
    /// The short "Getting help" line on the intro and above the plan form.
    pub help_line: &'static str,
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
    pub notice_download_failed: &'static str,
    pub dismiss: &'static str,
    /// The name of the language switch (`langs`), for screen readers.
    pub language: &'static str,
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
            Notice::DownloadFailed => self.ui.notice_download_failed,
            Notice::PartnerWaiting => self.partner.waiting,
        }
    }

    /// What to tell the visitor about a partner's code that could not be used.
    pub fn partner_problem(&self, problem: CodeProblem) -> String {
        let t = &self.partner;
        match problem {
            CodeProblem::Empty => t.problem_empty.into(),
            CodeProblem::BadCharacter { group } => fill(t.problem_bad_character, &[("group", &group.to_string())]),
            CodeProblem::TooShort => t.problem_too_short.into(),
            CodeProblem::TooLong => t.problem_too_long.into(),
            CodeProblem::Mistake => t.problem_mistake.into(),
            CodeProblem::Newer => t.problem_newer.into(),
            CodeProblem::OwnCode => t.problem_own.into(),
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
            PrivacyMessage::DeleteFailed => p.msg_delete_failed,
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

    /// "Wed 25 Nov" ("jue, 26 nov").
    pub fn day_short(&self, date: Date) -> String {
        self.intl_words(date, false).unwrap_or_else(|| self.date_words(self.day_short, date))
    }

    /// "25 Nov 2026".
    pub fn date_long(&self, date: Date) -> String {
        self.intl_words(date, true).unwrap_or_else(|| self.date_words(self.date_long, date))
    }

    fn intl_words(&self, date: Date, long: bool) -> Option<String> {
        let (locale, format) = self.intl?;
        format(locale, date, long)
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
    use super::custom::placeholders;
    use super::keys::KIND_KEYS;
    use super::*;
    use crate::core::bank::{asked_id, AREAS};

    fn all_catalogs() -> Vec<&'static Catalog> {
        Lang::ALL.iter().map(|&l| catalog(l)).collect()
    }

    #[test]
    fn statement_texts_line_up_with_the_bank() {
        for c in all_catalogs() {
            for i in 0..ASKED {
                let id = asked_id(i).unwrap();
                assert_eq!(c.statements[i].0, id, "statement {i} is out of line");
                assert!(!c.statement(i).trim().is_empty(), "{id} has no text");
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
        for c in all_catalogs() {
            let mut seen = std::collections::HashSet::new();
            for (_, t) in &c.statements {
                assert!(seen.insert(*t), "duplicate statement: {t}");
            }
            for a in &c.areas {
                assert!(seen.insert(a.name), "duplicate area name: {}", a.name);
            }
        }
    }

    #[test]
    fn statements_are_short_plain_sentences() {
        // Plain words for a worried reader: short statements, one idea each.
        for c in all_catalogs() {
            for (id, t) in &c.statements {
                let words = t.split_whitespace().count();
                assert!(words <= 20, "{id} has {words} words");
                assert!(t.ends_with('.'), "{id} should be a full sentence");
            }
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
        for c in all_catalogs() {
            let mut seen = std::collections::HashSet::new();
            for a in c.activities.iter() {
                assert!(seen.insert(a.title), "duplicate title {}", a.title);
            }
        }
    }

    #[test]
    fn texts_use_plain_ascii_punctuation() {
        // Straight quotes in every language (Spanish too: no curly or angle quotes), so
        // exports and screen readers treat every text alike.
        for c in all_catalogs() {
            for (key, t) in c.texts() {
                assert!(
                    !t.contains(['\u{2018}', '\u{2019}', '\u{201c}', '\u{201d}', '\u{ab}', '\u{bb}']),
                    "curly quotes in {key}: {t}"
                );
            }
        }
    }

    #[test]
    fn every_plan_message_has_words() {
        for c in all_catalogs() {
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
        let es = catalog(Lang::Es);
        let thursday = Date::new(2026, 11, 26).unwrap();
        assert_eq!(es.day_short(thursday), "jue 26 nov");
        assert_eq!(es.date_long(thursday), "26 nov 2026");
        assert_eq!(es.day_short(Date::new(2027, 1, 3).unwrap()), "dom 3 ene");
    }

    #[test]
    fn the_visitors_choice_counts_only_among_the_offered_languages() {
        let both = [Lang::En, Lang::Es];
        assert_eq!(Lang::shown(Some(Lang::Es), &both, Lang::En), Lang::Es);
        assert_eq!(Lang::shown(None, &both, Lang::Es), Lang::Es);
        assert_eq!(Lang::shown(Some(Lang::Es), &[], Lang::En), Lang::En, "no switch offered: the practice's lang");
        assert_eq!(Lang::shown(Some(Lang::Es), &[Lang::En], Lang::En), Lang::En);
        assert_eq!(Lang::Es.tries(), [Lang::Es, Lang::En]);
        assert_eq!(Lang::En.tries(), [Lang::En]);
    }

    #[test]
    fn lang_tags() {
        assert_eq!(Lang::from_tag("en"), Some(Lang::En));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("EN_us"), Some(Lang::En));
        assert_eq!(Lang::from_tag("es"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("es-MX"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("es_419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag(" ES-ar "), Some(Lang::Es));
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Lang::from_tag("xx"), None);
        let langs = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(Lang::auto(Some("es-MX"), &langs(&["en-US"])), Lang::Es, "the page first");
        assert_eq!(Lang::auto(Some("fr"), &langs(&["de", "es-419", "en"])), Lang::Es, "then the browser, in order");
        assert_eq!(Lang::auto(None, &langs(&["en-GB", "es"])), Lang::En);
        assert_eq!(Lang::auto(Some(""), &langs(&["pt", "fr"])), Lang::En, "then English");
        assert_eq!(Lang::from_tag(""), None);
    }

    /// Texts that are rightly the same as the English in another language: templates made
    /// only of placeholders and units. Keep this list tiny; anything else is untranslated.
    const SAME_AS_ENGLISH: &[&str] = &["plan.minutes_each", "day_short", "date_long", "days.end_area_line"];

    #[test]
    fn placeholders_are_found() {
        assert_eq!(placeholders("{area}: {before} of 100, {now}"), ["area", "before", "now"]);
        assert!(placeholders("no braces").is_empty());
    }

    #[test]
    fn every_language_has_every_key_with_the_same_placeholders() {
        let english = catalog(Lang::En).texts();
        let mut keys = std::collections::HashSet::new();
        for (key, _) in &english {
            assert!(keys.insert(key.as_str()), "duplicate key {key}");
            assert!(
                key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "._-".contains(c)),
                "{key}: keys are lowercase ASCII, digits, '.', '_' and '-'"
            );
        }
        for lang in Lang::ALL {
            let texts = catalog(lang).texts();
            let tag = lang.tag();
            let (got, want): (Vec<_>, Vec<_>) =
                (texts.iter().map(|t| &t.0).collect(), english.iter().map(|t| &t.0).collect());
            assert_eq!(got, want, "{tag}: the keys differ from English (a missing or extra step?)");
            for ((key, text), (_, en)) in texts.iter().zip(&english) {
                assert!(!text.trim().is_empty(), "{tag} {key} is empty");
                assert_eq!(text.trim(), *text, "{tag} {key} has spaces at an end");
                assert_eq!(placeholders(text), placeholders(en), "{tag} {key}: placeholders differ from English");
                if lang != Lang::En && !SAME_AS_ENGLISH.contains(&key.as_str()) {
                    assert_ne!(text, en, "{tag} {key} is still English");
                }
            }
        }
    }

    #[test]
    fn the_key_list_is_stable() {
        // Keys will name the texts in per-language files and practice overrides: a change
        // here breaks those files, so it must be on purpose.
        let texts = catalog(Lang::En).texts();
        let keys: Vec<&str> = texts.iter().map(|(k, _)| k.as_str()).collect();
        for key in [
            "ui.title",
            "ui.intro_lead",
            "ui.continue",
            "scale.strongly_disagree",
            "bands.needs_attention.overall",
            "areas.safety.name",
            "areas.affection.high",
            "statements.safety-real-self",
            "plan.form_title",
            "plan.file_name",
            "kinds.time-together.hint",
            "weekdays.mon",
            "months.dec",
            "day_short",
            "activities.safety-thank-for-honesty.title",
            "activities.safety-thank-for-honesty.steps.0",
            "activities.affection-talk-about-warmth.why",
            "privacy.msg_delete_failed",
            "partner.problem_mistake",
            "partner.talk_5",
        ] {
            assert!(keys.contains(&key), "{key} is missing");
        }
        let steps: usize = catalog(Lang::En).activities.iter().map(|a| a.steps.len()).sum();
        let activities = ACTIVITIES.len();
        assert_eq!(keys.len(), 48 + 5 + 3 * 2 + 7 * 5 + ASKED + 62 + 6 * 2 + 7 + 12 + 2 + activities * 2 + steps + 32 + 55 + 23 + 21);
    }

    #[test]
    fn low_results_never_put_the_repair_on_the_visitor_alone_and_safety_texts_carry_no_label() {
        // Read as a frightened visitor would: "it can be rebuilt" alone says "stay and try
        // harder". The low texts name both partners (or "never your job alone").
        for (lang, both) in [(Lang::En, ["both", "alone"]), (Lang::Es, ["ambas", "solo"])] {
            let c = catalog(lang);
            for (key, text) in [
                ("bands.needs_attention.overall", c.bands[0].overall),
                ("areas.safety.low", c.area(AreaId::Safety).low),
                ("areas.support.low", c.area(AreaId::Support).low),
            ] {
                assert!(both.iter().any(|w| text.contains(w)), "{lang:?} {key}: {text}");
                assert!(!text.contains("rebuilt") && !text.contains("recuperar"), "{lang:?} {key}: {text}");
            }
            let understanding = c.activity("understanding-their-side").steps.join(" ");
            assert!(understanding.contains(["excusing", "justificar"][lang as usize]), "{lang:?}");
            // No labels and no urging in what a visitor who may not be safe reads.
            let t = &c.safety;
            for text in [t.panel_title, t.panel_lead, t.panel_deserve, t.panel_alone, t.emergency, t.browsing,
                t.plan_note, t.plan_focus, t.partner_not_now, t.check_intro, c.ui.help_safety] {
                let lower = text.to_lowercase();
                for label in ["abuse", "abuser", "victim", "violence", "abuso", "víctima", "violencia", "maltrato", "leave him", "leave her"] {
                    assert!(!lower.contains(label), "{lang:?}: {label} in {text}");
                }
            }
            // The emergency line names no country's number.
            assert!(!t.emergency.chars().any(|ch| ch.is_ascii_digit()), "{lang:?}: {}", t.emergency);
            // The couples text and the text for fear are separate keys.
            assert_ne!(c.ui.help_text, c.ui.help_safety);
        }
    }

    #[test]
    fn kind_keys_are_the_saved_names() {
        for (kind, key) in Kind::ALL.iter().zip(KIND_KEYS) {
            assert_eq!(kind.key(), key);
        }
    }

    #[test]
    fn file_names_are_plain() {
        for c in all_catalogs() {
            let name = c.plan.file_name;
            assert!(!name.is_empty() && name.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'), "{name}");
        }
    }
}
