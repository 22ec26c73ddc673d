//! The sections of a [`super::Catalog`]: each declared once, as its fields and the key
//! prefix they are read under. [`section!`] writes the struct and its walk from that one
//! list, so a text added to a section is in every language file's check at once.

use super::keys::{Key, Visit};
use crate::core::scoring::Band;

/// Declares a section of texts: a struct of `&'static str` fields, and `visit`, which walks
/// them as `prefix.field` in declaration order. A trailing `_` (as in `continue_`) is not part
/// of the key.
macro_rules! section {
    ($(#[$doc:meta])* $name:ident $prefix:literal { $($(#[$field_doc:meta])* $field:ident,)* }) => {
        $(#[$doc])*
        #[derive(Clone, Default)]
        pub struct $name {
            $($(#[$field_doc])* pub $field: &'static str,)*
        }

        impl $name {
            pub(super) fn visit(&mut self, v: &mut dyn Visit, k: &mut Key) {
                $(v.text(k.of(&[$prefix, stringify!($field).trim_end_matches('_')]), &mut self.$field);)*
            }
        }
    };
}

section! {
    /// Words of the safety check and of what follows when the visitor may not feel safe with
    /// their partner: the safety panel, the plan for them alone, and why no code is offered.
    SafetyUi "safety" {
        check_title,
        check_intro,
        /// The hint on every safety-check statement: private, in no score.
        check_private,
        /// Results finished before the check existed: an offer to answer it.
        check_missing,
        check_missing_button,
        panel_title,
        panel_lead,
        panel_deserve,
        panel_alone,
        /// Always shown, and all there is when the practice set no safety contact.
        emergency,
        /// The label of the link to the practice's `safety-url`.
        link,
        /// "Call {phone}" for the practice's `safety-phone`.
        call,
        browsing_title,
        browsing,
        leave,
        /// The plan form's title and intro for a plan for the visitor alone.
        plan_title,
        plan_note,
        /// The plan's focus line (screen and Markdown) for a plan for the visitor alone.
        plan_focus,
        plan_remake,
        plan_remake_button,
        partner_not_now,
    }
}

section! {
    /// Words of partner comparison: codes, the comparison, the plan for two.
    PartnerUi "partner" {
        open,
        title,
        how,
        safety,
        your_code_title,
        share_legend,
        share_scores,
        share_answers,
        share_answers_hint,
        code_label,
        copy_code,
        copy_link,
        link_hint,
        /// The QR code's accessible name.
        qr_label,
        /// What the QR code holds: the scores-only code, or the one with every answer.
        qr_scores,
        qr_answers,
        qr_safety,
        /// The encoder could not load: the code and copy buttons still work.
        qr_failed,
        copied,
        copy_failed,
        their_code_title,
        their_code_label,
        compare_button,
        waiting,
        problem_empty,
        problem_bad_character,
        problem_too_short,
        problem_too_long,
        problem_mistake,
        problem_newer,
        problem_own,
        views_title,
        older_code,
        legend_you,
        chart_title,
        area_line,
        area_line_missing,
        gap_similar,
        gap_worth_talking,
        gap_good_start,
        strengths_title,
        want_more_title,
        talk_title,
        talk_intro,
        /// Open questions asked of the statements answered furthest apart, furthest first.
        talk_1,
        talk_2,
        talk_3,
        talk_4,
        talk_5,
        name_label,
        partner_default,
        keep_label,
        keep_hint,
        forget,
        forgotten,
        make_plan,
        plan_intro,
        reason_both_low,
        reason_apart,
        made_for_two,
        back,
    }
}

section! {
    /// Words of the plan as it is met day by day: today, this week, the other weeks, missed
    /// days and the end of the plan. Warm and plain: no streaks, no blame.
    PlanDaysUi "days" {
        /// "Today, {date}".
        today_title,
        /// "{activity}" and "{day}".
        nothing_today,
        /// The visible word next to today's tick box.
        done,
        /// "{title}".
        today_tick_label,
        how_to,
        /// "{dates}".
        this_week,
        /// A week before this one: "{n}", "{done}" and "{total}".
        week_past,
        /// A week after this one: "{n}" and "{dates}".
        week_later,
        missed_note,
        restart,
        confirm_restart,
        confirm_restart_yes,
        confirm_restart_no,
        restarted,
        end_title,
        /// "{n}" and "{weeks}".
        end_done,
        /// "{weeks}".
        end_done_one,
        end_none,
        end_by_area,
        /// "{area}" and "{n}".
        end_area_line,
        end_next,
        retake,
        retake_note,
    }
}

section! {
    /// Words of quick exit, the privacy panel, the lock and deleting.
    PrivacyUi "privacy" {
        quick_exit,
        quick_exit_note,
        panel_title,
        stored_note,
        start_private,
        delete_all,
        confirm_delete,
        confirm_delete_yes,
        confirm_delete_no,
        lock_title,
        lock_intro,
        passphrase,
        passphrase_again,
        passphrase_hint,
        lock_button,
        locked_state,
        remove_lock,
        unlock_title,
        unlock_intro,
        unlock_button,
        working,
        forgot_title,
        forgot_text,
        private_state,
        msg_deleted,
        msg_lock_on,
        msg_lock_off,
        msg_wrong,
        msg_too_short,
        msg_mismatch,
        msg_no_crypto,
        msg_delete_failed,
    }
}

section! {
    /// Words of the plan form, the plan screen, the comparison and the exports.
    PlanUi "plan" {
        form_title,
        form_intro,
        form_replaces,
        weeks_label,
        weeks_option,
        minutes_label,
        minutes_option,
        kinds_label,
        partner_label,
        partner_together,
        partner_alone,
        make_plan,
        make_new_plan,
        problem_nothing_allowed,
        problem_nothing_fits,
        problem_needs_partner,
        only_one_plan,
        title,
        summary,
        summary_together,
        summary_alone,
        focus,
        maintenance,
        week_title,
        week_dates,
        every_day,
        minutes_each,
        done_of,
        progress_label,
        week_progress_label,
        steps_label,
        why_label,
        tick_label,
        note_label,
        note_hint,
        print,
        download_markdown,
        download_calendar,
        take_it_title,
        different_plan,
        confirm_different,
        confirm_different_yes,
        confirm_different_no,
        see_plan,
        see_results,
        retake,
        retake_note,
        compare,
        compare_title,
        compare_intro,
        compare_with,
        compare_line,
        compare_line_missing,
        compare_chart_title,
        legend_before,
        legend_now,
        earlier_undated,
        back_to_results,
        export_heading,
        export_made_on,
        calendar_name,
        /// Reminders in the calendar file: a time, how long before, what they say.
        remind_title,
        remind_at,
        remind_hint,
        remind_before,
        remind_at_start,
        /// "{n} minutes before".
        remind_minutes_before,
        /// What a reminder says unless the visitor chose the activity's name: nothing revealing.
        reminder_neutral,
        remind_named,
        /// The downloaded files' name before `.md` or `.ics`: lowercase ASCII letters, digits and
        /// `-` only, so every browser and system keeps it as it is.
        file_name,
    }
}

section! {
    /// Labels, headings and short texts of the screens. Fields with `{name}` are templates for
    /// [`fill`].
    Ui "ui" {
        title,
        intro_lead,
        intro_how,
        intro_private,
        intro_not_diagnosis,
        offered_by,
        start,
        resume,
        resume_note,
        intro_new_statements,
        answer_new,
        see_results_again,
        question_of,
        question_prompt,
        progress_label,
        back,
        continue_,
        skip,
        see_results,
        results_title,
        overall_score,
        overall_unknown,
        area_score,
        area_not_enough,
        chart_title,
        scores_title,
        strongest_title,
        weakest_title,
        all_even,
        not_diagnosis,
        /// "About this quiz": what it draws on, no norms, not validated, not a diagnosis.
        about_title,
        about_1,
        about_2,
        about_3,
        about_4,
        about_5,
        help_title,
        help_text,
        help_contact,
        help_contact_named,
        help_call,
        /// "Getting help" for a visitor who is afraid of their partner: help on their own first.
        help_safety,
        /// The short "Getting help" line on the intro and above the plan form.
        help_line,
        /// "For your counsellor": the answers as a file to take to a session.
        counsellor_title,
        counsellor_intro,
        counsellor_private,
        counsellor_include_safety,
        counsellor_download,
        counsellor_print,
        counsellor_heading,
        /// "Answered on {date}."
        counsellor_made_on,
        counsellor_who,
        counsellor_answers,
        counsellor_safety_heading,
        counsellor_unanswered,
        /// The file's name before `.md`, like `plan.file_name`.
        counsellor_file_name,
        change_answers,
        start_again,
        confirm_restart,
        confirm_restart_yes,
        confirm_restart_no,
        notice_salvaged,
        notice_unreadable,
        notice_newer,
        notice_not_saving,
        notice_private,
        notice_download_failed,
        dismiss,
        /// The name of the language switch (`langs`), for screen readers.
        language,
    }
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

/// The words for one kind of activity.
#[derive(Clone, Copy, Default)]
pub struct KindText {
    pub name: &'static str,
    /// What the kind holds, in a few words (the plan form).
    pub hint: &'static str,
}
