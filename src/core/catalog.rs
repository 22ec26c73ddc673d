//! Every sentence the visitor reads, in one place.
//!
//! Views never hold text of their own: they ask the catalog. A new language is a new
//! [`Catalog`] value; the compiler checks it has every field, and the tests check it has a
//! text for every statement in the bank.

mod en;
mod en_activities;
mod en_partner;
mod es;
mod es_activities;
mod es_partner;
mod en_plan_days;
mod es_plan_days;

use super::bank::{AreaId, BANK};
use super::date::Date;
use super::plan::activity::Kind;
use super::plan::library::ACTIVITIES;
use super::plan::generate::PlanProblem;
use super::scoring::Band;
use super::partner::code::CodeProblem;
use super::state::{Notice, PlanMessage, PrivacyMessage};

/// A language the widget can speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    /// Neutral Latin-American Spanish, addressed with "tú".
    Es,
}

impl Lang {
    /// Every language offered, English first.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// Reads a BCP 47 tag such as `en`, `en-GB` or `es-MX` (or `es_419`); `None` when the
    /// language is not offered.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// `lang="auto"`: the host page's own language (`<html lang>`) if offered, then the
    /// browser's preferred languages in order, then English.
    pub fn auto(page: Option<&str>, preferred: &[String]) -> Lang {
        page.into_iter().chain(preferred.iter().map(String::as_str)).find_map(Lang::from_tag).unwrap_or_default()
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// The catalog for a language.
pub fn catalog(lang: Lang) -> &'static Catalog {
    match lang {
        Lang::En => &en::EN,
        Lang::Es => &es::ES,
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
    pub partner: PartnerUi,
    pub days: PlanDaysUi,
}

/// Words of partner comparison: codes, the comparison, the plan for two.
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
    pub msg_delete_failed: &'static str,
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
    /// The downloaded files' name before `.md` or `.ics`: lowercase ASCII letters, digits and
    /// `-` only, so every browser and system keeps it as it is.
    pub file_name: &'static str,
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
    pub notice_download_failed: &'static str,
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

/// Pushes `prefix.field` and the text of every field of a struct of texts. The pattern lists
/// the fields without `..`, so a field added to the struct and not here fails to compile.
macro_rules! keyed {
    ($out:ident, $prefix:literal, $ty:ident, $value:expr, [$($field:ident),* $(,)?]) => {{
        let $ty { $($field),* } = $value;
        $( $out.push((format!("{}.{}", $prefix, stringify!($field).trim_end_matches('_')), *$field)); )*
    }};
}

/// Stable names for keys that come from an enum, in the catalog's order.
const SCALE_KEYS: [&str; 5] = ["strongly_disagree", "disagree", "not_sure", "agree", "strongly_agree"];
const BAND_KEYS: [&str; 3] = ["needs_attention", "growing", "strong"];
const KIND_KEYS: [&str; 6] = ["talking", "time-together", "touch", "presence", "appreciation", "reflection"];
const WEEKDAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MONTH_KEYS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

impl Catalog {
    /// Every text of the language with a stable dotted key, in a fixed order: `ui.intro_lead`,
    /// `statements.safety-real-self`, `activities.<id>.steps.0`, …
    ///
    /// The keys are what a per-language file or a practice's own wording will be matched on,
    /// so they never change once published: field names, bank and library ids, and the fixed
    /// names above.
    pub fn texts(&self) -> Vec<(String, &'static str)> {
        let Catalog {
            ui,
            scale,
            bands,
            areas,
            statements,
            plan,
            kinds,
            weekdays,
            months,
            day_short,
            date_long,
            activities,
            privacy,
            partner,
            days,
        } = self;
        let mut out: Vec<(String, &'static str)> = Vec::with_capacity(700);
        keyed!(out, "ui", Ui, ui, [
            title, intro_lead, intro_how, intro_private, intro_not_diagnosis, offered_by, start,
            resume, resume_note, see_results_again, question_of, question_prompt, progress_label,
            back, continue_, skip, see_results, results_title, overall_score, overall_unknown,
            area_score, area_not_enough, chart_title, scores_title, strongest_title,
            weakest_title, all_even, not_diagnosis, help_title, help_text, help_contact,
            help_contact_named, help_call, change_answers, start_again, confirm_restart,
            confirm_restart_yes, confirm_restart_no, notice_salvaged, notice_unreadable,
            notice_newer, notice_not_saving, notice_private, notice_download_failed, dismiss,
        ]);
        for (key, text) in SCALE_KEYS.iter().zip(scale) {
            out.push((format!("scale.{key}"), *text));
        }
        for (key, band) in BAND_KEYS.iter().zip(bands) {
            let BandText { name, overall } = band;
            out.push((format!("bands.{key}.name"), *name));
            out.push((format!("bands.{key}.overall"), *overall));
        }
        for (area, text) in crate::core::bank::AREAS.iter().zip(areas) {
            let AreaText { name, meaning, low, middle, high } = text;
            for (field, t) in [("name", name), ("meaning", meaning), ("low", low), ("middle", middle), ("high", high)] {
                out.push((format!("areas.{}.{field}", area.key()), *t));
            }
        }
        for (id, text) in statements {
            out.push((format!("statements.{id}"), *text));
        }
        keyed!(out, "plan", PlanUi, plan, [
            form_title, form_intro, form_replaces, weeks_label, weeks_option, minutes_label,
            minutes_option, kinds_label, partner_label, partner_together, partner_alone,
            make_plan, make_new_plan, problem_nothing_allowed, problem_nothing_fits,
            problem_needs_partner, only_one_plan, title, summary, summary_together,
            summary_alone, focus, maintenance, week_title, week_dates, every_day, minutes_each,
            done_of, progress_label, week_progress_label, steps_label, why_label, tick_label,
            note_label, note_hint, print, download_markdown, download_calendar, take_it_title,
            different_plan, confirm_different, confirm_different_yes, confirm_different_no,
            see_plan, see_results, retake, retake_note, compare, compare_title, compare_intro,
            compare_with, compare_line, compare_line_missing, compare_chart_title,
            legend_before, legend_now, earlier_undated, back_to_results, export_heading,
            export_made_on, calendar_name, file_name,
        ]);
        for (key, (name, hint)) in KIND_KEYS.iter().zip(kinds) {
            out.push((format!("kinds.{key}.name"), *name));
            out.push((format!("kinds.{key}.hint"), *hint));
        }
        for (key, text) in WEEKDAY_KEYS.iter().zip(weekdays) {
            out.push((format!("weekdays.{key}"), *text));
        }
        for (key, text) in MONTH_KEYS.iter().zip(months) {
            out.push((format!("months.{key}"), *text));
        }
        out.push(("day_short".to_string(), *day_short));
        out.push(("date_long".to_string(), *date_long));
        for activity in activities.iter() {
            let ActivityText { id, title, steps, why } = activity;
            out.push((format!("activities.{id}.title"), *title));
            for (i, step) in steps.iter().enumerate() {
                out.push((format!("activities.{id}.steps.{i}"), *step));
            }
            out.push((format!("activities.{id}.why"), *why));
        }
        keyed!(out, "privacy", PrivacyUi, privacy, [
            quick_exit, quick_exit_note, panel_title, stored_note, start_private, delete_all,
            confirm_delete, confirm_delete_yes, confirm_delete_no, lock_title, lock_intro,
            passphrase, passphrase_again, passphrase_hint, lock_button, locked_state,
            remove_lock, unlock_title, unlock_intro, unlock_button, working, forgot_title,
            forgot_text, private_state, msg_deleted, msg_lock_on, msg_lock_off, msg_wrong,
            msg_too_short, msg_mismatch, msg_no_crypto, msg_delete_failed,
        ]);
        keyed!(out, "partner", PartnerUi, partner, [
            open, title, how, safety, your_code_title, share_legend, share_scores, share_answers,
            share_answers_hint, code_label, copy_code, copy_link, link_hint, copied, copy_failed,
            their_code_title, their_code_label, compare_button, waiting, problem_empty,
            problem_bad_character, problem_too_short, problem_too_long, problem_mistake,
            problem_newer, problem_own, views_title, legend_you, chart_title, area_line,
            area_line_missing, gap_similar, gap_worth_talking, gap_good_start, strengths_title,
            want_more_title, talk_title, talk_intro, talk_1, talk_2, talk_3, talk_4, talk_5,
            name_label, partner_default, keep_label, keep_hint, forget, forgotten, make_plan,
            plan_intro, reason_both_low, reason_apart, made_for_two, back,
        ]);
        keyed!(out, "days", PlanDaysUi, days, [
            today_title, nothing_today, done, today_tick_label, how_to, this_week, week_past,
            week_later, missed_note, restart, confirm_restart, confirm_restart_yes,
            confirm_restart_no, restarted, end_title, end_done, end_done_one, end_none,
            end_by_area, end_area_line, end_next, retake, retake_note,
        ]);
        out
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
        Lang::ALL.iter().map(|&l| catalog(l)).collect()
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

    /// The `{name}` placeholders of a text, sorted.
    fn placeholders(text: &str) -> Vec<&str> {
        let mut found: Vec<&str> = text
            .split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect();
        found.sort_unstable();
        found
    }

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
        assert_eq!(keys.len(), 45 + 5 + 3 * 2 + 7 * 5 + BANK.len() + 62 + 6 * 2 + 7 + 12 + 2 + 49 * 2 + steps + 32 + 55 + 23);
    }

    #[test]
    fn kind_keys_are_the_saved_names() {
        for (kind, key) in Kind::ALL.iter().zip(KIND_KEYS) {
            assert_eq!(serde_json::to_string(kind).unwrap(), format!("\"{key}\""));
        }
    }

    #[test]
    fn file_names_are_plain() {
        for c in all_catalogs() {
            let name = c.plan.file_name;
            assert!(!name.is_empty() && name.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-'), "{name}");
        }
    }

    /// Writes every language's texts as JSON, `{"en": [[key, text], …], "es": …}`, for
    /// `make readability` (scripts/readability.py). Ignored in normal runs.
    #[test]
    #[ignore = "run by make readability"]
    fn write_texts_for_readability() {
        let path = std::env::var("CATALOG_TEXTS").unwrap_or_else(|_| "target/catalog-texts.json".to_string());
        let all: serde_json::Map<String, serde_json::Value> = Lang::ALL
            .iter()
            .map(|&l| (l.tag().to_string(), serde_json::json!(catalog(l).texts())))
            .collect();
        std::fs::write(&path, serde_json::to_string_pretty(&all).unwrap()).unwrap();
        println!("wrote {path}");
    }
}
