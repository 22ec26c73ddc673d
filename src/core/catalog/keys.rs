//! The key of every text: one walk over a [`Catalog`] that names each field `prefix.field`.
//! Listing the texts, reading a language file and applying a practice's own words all go
//! through this walk, so they can never disagree about a key.
//!
//! Keys name the texts in the language files and in practices' `texts` files, so they never
//! change once published: field names, bank and library ids, and the fixed names below.

use super::{ActivityText, AreaText, BandText, Catalog, PartnerUi, PlanDaysUi, PlanUi, PrivacyUi, SafetyUi, Ui};
use crate::core::bank::AREAS;

/// What is done with each text on the walk.
pub(super) trait Visit {
    /// One text, with its key.
    fn text(&mut self, key: &str, text: &mut &'static str);
    /// A list of texts (an activity's steps): keys `key.0`, `key.1`, …
    fn list(&mut self, key: &str, items: &mut &'static [&'static str]);
}

/// Stable names for keys that come from an enum, in the catalog's order.
pub(super) const SCALE_KEYS: [&str; 5] = ["strongly_disagree", "disagree", "not_sure", "agree", "strongly_agree"];
const BAND_KEYS: [&str; 3] = ["needs_attention", "growing", "strong"];
pub(super) const KIND_KEYS: [&str; 6] = ["talking", "time-together", "touch", "presence", "appreciation", "reflection"];
const WEEKDAY_KEYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const MONTH_KEYS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// Builds keys in one reused buffer: `prefix.a.b`.
struct Key(String);

impl Key {
    fn of(&mut self, parts: &[&str]) -> &str {
        self.0.clear();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                self.0.push('.');
            }
            self.0.push_str(part);
        }
        &self.0
    }
}

/// Visits every field of a struct of texts as `prefix.field`. The pattern lists the fields
/// without `..`, so a field added to the struct and not here fails to compile. A trailing
/// `_` (as in `continue_`) is not part of the key.
macro_rules! fields {
    ($v:ident, $key:ident, $prefix:literal, $ty:ident, $value:expr, [$($field:ident),* $(,)?]) => {{
        let $ty { $($field),* } = $value;
        $( $v.text($key.of(&[$prefix, stringify!($field).trim_end_matches('_')]), $field); )*
    }};
}

impl Catalog {
    /// Walks every text in a fixed order: `ui.intro_lead`, `statements.safety-real-self`,
    /// `activities.<id>.steps.0`, …
    pub(super) fn visit(&mut self, v: &mut dyn Visit) {
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
            safety,
            intl: _,
        } = self;
        let mut k = Key(String::with_capacity(64));
        fields!(v, k, "ui", Ui, ui, [
            title, intro_lead, intro_how, intro_private, intro_not_diagnosis, offered_by, start,
            resume, resume_note, see_results_again, question_of, question_prompt, progress_label,
            back, continue_, skip, see_results, results_title, overall_score, overall_unknown,
            area_score, area_not_enough, chart_title, scores_title, strongest_title,
            weakest_title, all_even, not_diagnosis, help_title, help_text, help_contact,
            help_contact_named, help_call, help_safety, help_line, change_answers, start_again, confirm_restart,
            confirm_restart_yes, confirm_restart_no, notice_salvaged, notice_unreadable,
            notice_newer, notice_not_saving, notice_private, notice_download_failed, dismiss,
            language,
        ]);
        for (name, text) in SCALE_KEYS.iter().zip(scale) {
            v.text(k.of(&["scale", name]), text);
        }
        for (name, band) in BAND_KEYS.iter().zip(bands) {
            let BandText { name: band_name, overall } = band;
            v.text(k.of(&["bands", name, "name"]), band_name);
            v.text(k.of(&["bands", name, "overall"]), overall);
        }
        for (area, text) in AREAS.iter().zip(areas) {
            let AreaText { name, meaning, low, middle, high } = text;
            for (field, t) in [("name", name), ("meaning", meaning), ("low", low), ("middle", middle), ("high", high)] {
                v.text(k.of(&["areas", area.key(), field]), t);
            }
        }
        for (id, text) in statements {
            v.text(k.of(&["statements", id]), text);
        }
        fields!(v, k, "plan", PlanUi, plan, [
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
        for (name, (kind_name, hint)) in KIND_KEYS.iter().zip(kinds) {
            v.text(k.of(&["kinds", name, "name"]), kind_name);
            v.text(k.of(&["kinds", name, "hint"]), hint);
        }
        for (name, text) in WEEKDAY_KEYS.iter().zip(weekdays) {
            v.text(k.of(&["weekdays", name]), text);
        }
        for (name, text) in MONTH_KEYS.iter().zip(months) {
            v.text(k.of(&["months", name]), text);
        }
        v.text("day_short", day_short);
        v.text("date_long", date_long);
        for activity in activities.iter_mut() {
            let ActivityText { id, title, steps, why } = activity;
            v.text(k.of(&["activities", id, "title"]), title);
            v.list(k.of(&["activities", id, "steps"]), steps);
            v.text(k.of(&["activities", id, "why"]), why);
        }
        fields!(v, k, "privacy", PrivacyUi, privacy, [
            quick_exit, quick_exit_note, panel_title, stored_note, start_private, delete_all,
            confirm_delete, confirm_delete_yes, confirm_delete_no, lock_title, lock_intro,
            passphrase, passphrase_again, passphrase_hint, lock_button, locked_state,
            remove_lock, unlock_title, unlock_intro, unlock_button, working, forgot_title,
            forgot_text, private_state, msg_deleted, msg_lock_on, msg_lock_off, msg_wrong,
            msg_too_short, msg_mismatch, msg_no_crypto, msg_delete_failed,
        ]);
        fields!(v, k, "partner", PartnerUi, partner, [
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
        fields!(v, k, "days", PlanDaysUi, days, [
            today_title, nothing_today, done, today_tick_label, how_to, this_week, week_past,
            week_later, missed_note, restart, confirm_restart, confirm_restart_yes,
            confirm_restart_no, restarted, end_title, end_done, end_done_one, end_none,
            end_by_area, end_area_line, end_next, retake, retake_note,
        ]);
        fields!(v, k, "safety", SafetyUi, safety, [
            check_title, check_intro, check_private, check_missing, check_missing_button,
            panel_title, panel_lead, panel_deserve, panel_alone, emergency, link, call,
            browsing_title, browsing, leave, plan_title, plan_note, plan_focus, plan_remake,
            plan_remake_button, partner_not_now,
        ]);
    }

    /// Every text of the language with its key, in the walk's order.
    pub fn texts(&self) -> Vec<(String, &'static str)> {
        struct Collect(Vec<(String, &'static str)>);
        impl Visit for Collect {
            fn text(&mut self, key: &str, text: &mut &'static str) {
                self.0.push((key.to_string(), *text));
            }
            fn list(&mut self, key: &str, items: &mut &'static [&'static str]) {
                for (i, item) in items.iter().enumerate() {
                    self.0.push((format!("{key}.{i}"), *item));
                }
            }
        }
        let mut out = Collect(Vec::with_capacity(600));
        self.clone().visit(&mut out);
        out.0
    }
}
