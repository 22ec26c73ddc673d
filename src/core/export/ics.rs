//! An iCalendar (RFC 5545) file with one event per planned activity, which Google Calendar,
//! Apple Calendar and Outlook import: all-day, or at the visitor's reminder time with an alarm.
//!
//! The rules that importers are strict about: CRLF line endings; lines folded so none is
//! longer than 75 octets (never inside a UTF-8 character); a UID and DTSTAMP on every event;
//! commas, semicolons, backslashes and newlines escaped in text.

use crate::core::catalog::Catalog;
use crate::core::words::week_title;
use crate::core::date::{Date, Stamp};
use crate::core::plan::activity;
use crate::core::plan::reminder::Reminder;
use crate::core::plan::RebuildPlan;

/// The longest line allowed, in octets, not counting the CRLF.
pub const MAX_LINE_OCTETS: usize = 75;

/// Escapes a TEXT value (RFC 5545 section 3.3.11).
pub fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line: CRLF plus a space before every 75 octets, never splitting a
/// character. The result ends with CRLF.
pub fn fold_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 60 * 3 + 2);
    let mut used = 0;
    for c in line.chars() {
        if used + c.len_utf8() > MAX_LINE_OCTETS {
            out.push_str("\r\n ");
            used = 1; // the leading space counts
        }
        out.push(c);
        used += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// When an event is: all day (no reminder time), or from the reminder time for as long as the
/// activity takes, in the visitor's own time ("floating" local times, no time zone).
fn when(date: Date, reminder: Reminder, minutes: u8) -> [String; 2] {
    let Some(at) = reminder.at else {
        return [format!("DTSTART;VALUE=DATE:{}", date.compact()), format!("DTEND;VALUE=DATE:{}", date.add_days(1).compact())];
    };
    let local = |m: u32| {
        let day = date.add_days(i64::from(m / (24 * 60)));
        format!("{}T{:02}{:02}00", day.compact(), m / 60 % 24, m % 60)
    };
    let start = u32::from(at);
    [format!("DTSTART:{}", local(start)), format!("DTEND:{}", local(start + u32::from(minutes.max(5))))]
}

/// Increases with each file made, so a calendar that already has an event takes the newer
/// one: minutes since the start of 2026.
fn sequence(stamp: Stamp) -> i64 {
    let days = stamp.date.to_days() - Date::new(2026, 1, 1).map_or(0, Date::to_days);
    (days * 24 * 60 + i64::from(stamp.hour) * 60 + i64::from(stamp.minute)).max(0)
}

/// The calendar for a plan. `stamp` is when the file is made (UTC). With a reminder time,
/// each activity is an event at that time with one alarm; its name is the activity's only
/// when the visitor chose so, else "Plan activity", which says nothing to a passer-by.
pub fn plan_calendar(plan: &RebuildPlan, text: &Catalog, stamp: Stamp, reminder: Reminder) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//intimacy-check//rebuild plan//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
        format!("X-WR-CALNAME:{}", escape_text(text.plan.calendar_name)),
    ];
    for (week, id, day) in plan.occurrences() {
        let words = text.activity(id);
        let date = plan.date_of(week, day);
        let mut description = String::new();
        for (i, step) in words.steps.iter().enumerate() {
            description.push_str(&format!("{}. {step}\n", i + 1));
        }
        description.push_str(&format!("\n{}: {}", text.plan.why_label, words.why));
        let week_name = week_title(text, week);
        let name = if reminder.at.is_some() && !reminder.named { text.plan.reminder_neutral } else { words.title };
        let minutes = activity(id).map_or(0, |a| a.minutes);
        let [start, end] = when(date, reminder, minutes);
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            // The day and the activity only: a new plan or a new time updates the same events.
            format!("UID:{}-{id}@intimacy-check", date.compact()),
            format!("DTSTAMP:{}", stamp.compact()),
            format!("SEQUENCE:{}", sequence(stamp)),
            start,
            end,
            format!("SUMMARY:{}", escape_text(name)),
            format!("DESCRIPTION:{}", escape_text(&format!("{week_name}\n\n{description}"))),
            "TRANSP:TRANSPARENT".to_string(),
        ]);
        if reminder.at.is_some() {
            let trigger = match reminder.before {
                0 => "PT0M".to_string(),
                n => format!("-PT{n}M"),
            };
            lines.extend([
                "BEGIN:VALARM".to_string(),
                "ACTION:DISPLAY".to_string(),
                format!("DESCRIPTION:{}", escape_text(name)),
                format!("TRIGGER:{trigger}"),
                "END:VALARM".to_string(),
            ]);
        }
        lines.push("END:VEVENT".to_string());
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold_line(l)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::catalog;
    use crate::core::lang::Lang;
    use crate::core::date::Date;
    use crate::core::plan::choices::PlanChoices;
    use crate::core::plan::library::ACTIVITIES;
    use crate::core::plan::{PlanWeek, PlannedActivity};

    /// Undoes folding, as a calendar program does.
    fn unfold(s: &str) -> String {
        s.replace("\r\n ", "")
    }

    #[test]
    fn escapes_the_four_special_characters() {
        assert_eq!(escape_text(r"a\b;c,d"), r"a\\b\;c\,d");
        assert_eq!(escape_text("line one\r\nline two\n"), r"line one\nline two\n");
        assert_eq!(escape_text("plain words"), "plain words");
    }

    #[test]
    fn short_lines_are_not_folded() {
        assert_eq!(fold_line("SUMMARY:Hello"), "SUMMARY:Hello\r\n");
        let exact = "X".repeat(MAX_LINE_OCTETS);
        assert_eq!(fold_line(&exact), format!("{exact}\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets() {
        let line = format!("DESCRIPTION:{}", "abcdefghij".repeat(30));
        let folded = fold_line(&line);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= MAX_LINE_OCTETS, "{} octets", physical.len());
        }
        let first = folded.split("\r\n").next().unwrap();
        assert_eq!(first.len(), MAX_LINE_OCTETS);
        assert_eq!(unfold(&folded), format!("{line}\r\n"));
    }

    #[test]
    fn folding_never_splits_a_character() {
        for prefix in 0..8 {
            let line = format!("SUMMARY:{}{}", "x".repeat(prefix), "é✓🌿".repeat(40));
            let folded = fold_line(&line);
            for physical in folded.split("\r\n") {
                assert!(physical.len() <= MAX_LINE_OCTETS);
                // Each piece is whole UTF-8 by construction of &str; check it round-trips.
                assert!(std::str::from_utf8(physical.as_bytes()).is_ok());
            }
            assert_eq!(unfold(&folded), format!("{line}\r\n"));
        }
    }

    fn plan() -> RebuildPlan {
        let item = |i: usize, days: Vec<u8>| PlannedActivity { activity: ACTIVITIES[i].id.to_string(), days };
        RebuildPlan {
            start: Date::new(2026, 12, 28).unwrap(),
            choices: PlanChoices::default(),
            seed: 7,
            for_two: None,
            resumed: Vec::new(),
            weeks: vec![
                PlanWeek { items: vec![item(0, vec![0, 1, 2, 3, 4, 5, 6]), item(3, vec![4])] },
                PlanWeek { items: vec![item(5, vec![2])] },
            ],
        }
    }

    fn calendar() -> String {
        let stamp = Stamp { date: Date::new(2026, 12, 27).unwrap(), hour: 18, minute: 30, second: 5 };
        plan_calendar(&plan(), catalog(Lang::En), stamp, Reminder::default())
    }

    #[test]
    fn one_event_per_occurrence_each_with_uid_and_dtstamp() {
        let ics = calendar();
        let unfolded = unfold(&ics);
        let events: Vec<&str> = unfolded.split("BEGIN:VEVENT").skip(1).collect();
        assert_eq!(events.len(), 9);
        let mut uids = std::collections::HashSet::new();
        for e in &events {
            let uid = e.lines().find(|l| l.starts_with("UID:")).expect("a UID");
            assert!(uids.insert(uid.to_string()), "UIDs are unique");
            assert!(e.contains("\r\nDTSTAMP:20261227T183005Z\r\n"));
            assert!(e.contains("DTSTART;VALUE=DATE:"));
            assert!(e.contains("END:VEVENT"));
        }
        // Week 2, day 2 is 2026-12-28 + 9 days, across the new year.
        assert!(unfolded.contains("DTSTART;VALUE=DATE:20270106\r\nDTEND;VALUE=DATE:20270107"));
    }

    #[test]
    fn every_line_ends_in_crlf_and_fits() {
        let ics = calendar();
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "no bare LF");
        assert!(!ics.replace("\r\n", "").contains('\r'), "no bare CR");
        for line in ics.split("\r\n") {
            assert!(line.len() <= MAX_LINE_OCTETS, "{line}");
        }
    }

    #[test]
    fn text_is_escaped_in_summary_and_description() {
        let unfolded = unfold(&calendar());
        let title = catalog(Lang::En).activity(ACTIVITIES[0].id).title;
        assert!(unfolded.contains(&format!("SUMMARY:{}", escape_text(title))));
        for line in unfolded.split("\r\n") {
            let Some((name, value)) = line.split_once(':') else { continue };
            if name == "SUMMARY" || name == "DESCRIPTION" || name == "X-WR-CALNAME" {
                // Once the escapes are taken out, no bare separator may be left.
                let bare = value.replace("\\\\", "").replace("\\;", "").replace("\\,", "").replace("\\n", "");
                assert!(!bare.contains([',', ';', '\\']), "unescaped text in {line}");
            }
        }
        let description = unfolded.lines().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
        assert!(description.contains("\\n"), "steps on their own lines");
    }

    #[test]
    fn spanish_calendar_folds_accented_text_within_75_octets() {
        let stamp = Stamp { date: Date::new(2026, 12, 27).unwrap(), hour: 18, minute: 30, second: 5 };
        let es = catalog(Lang::Es);
        let ics = plan_calendar(&plan(), es, stamp, Reminder::default());
        for line in ics.split("\r\n") {
            assert!(line.len() <= MAX_LINE_OCTETS, "{line}");
        }
        let unfolded = unfold(&ics);
        assert!(unfolded.contains("X-WR-CALNAME:Plan para reconectar\r\n"));
        let title = es.activity(ACTIVITIES[0].id).title;
        assert!(unfolded.contains(&format!("SUMMARY:{}\r\n", escape_text(title))));
        assert!(unfolded.contains("DESCRIPTION:Semana 1\\n\\n1. "));
        assert!(unfolded.contains("Por qué ayuda: "));
    }

    fn events(ics: &str) -> Vec<String> {
        unfold(ics).split("BEGIN:VEVENT").skip(1).map(str::to_string).collect()
    }

    fn field<'a>(event: &'a str, name: &str) -> Vec<&'a str> {
        event.split("\r\n").filter_map(|l| l.strip_prefix(name)).collect()
    }

    #[test]
    fn with_a_reminder_time_each_activity_is_timed_with_one_alarm() {
        let stamp = Stamp { date: Date::new(2026, 12, 27).unwrap(), hour: 18, minute: 30, second: 5 };
        let evening = Reminder { at: Some(19 * 60 + 30), before: 15, named: false };
        let ics = plan_calendar(&plan(), catalog(Lang::En), stamp, evening);
        let all = events(&ics);
        assert_eq!(all.len(), 9);
        let first = &all[0];
        assert_eq!(field(first, "DTSTART:"), ["20261228T193000"], "the visitor's local time, no zone");
        let minutes = ACTIVITIES[0].minutes.max(5) as u32;
        assert_eq!(field(first, "DTEND:"), [format!("20261228T{:02}{:02}00", (19 * 60 + 30 + minutes) / 60, (30 + minutes) % 60)]);
        for e in &all {
            assert_eq!(e.matches("BEGIN:VALARM").count(), 1);
            assert_eq!(field(e, "TRIGGER:"), ["-PT15M"]);
            assert_eq!(field(e, "ACTION:"), ["DISPLAY"]);
            // Nothing revealing on a lock screen: the event and its alarm say "Plan activity".
            assert_eq!(field(e, "SUMMARY:"), ["Plan activity"]);
            assert!(field(e, "DESCRIPTION:").contains(&"Plan activity"));
        }
        let named = plan_calendar(&plan(), catalog(Lang::En), stamp, Reminder { named: true, before: 0, ..evening });
        let title = catalog(Lang::En).activity(ACTIVITIES[0].id).title;
        assert_eq!(field(&events(&named)[0], "SUMMARY:"), [escape_text(title).as_str()]);
        assert_eq!(field(&events(&named)[0], "TRIGGER:"), ["PT0M"]);
    }

    #[test]
    fn without_a_time_the_events_stay_all_day_with_no_alarm() {
        let ics = calendar();
        assert!(!ics.contains("VALARM"));
        let title = catalog(Lang::En).activity(ACTIVITIES[0].id).title;
        let first = &events(&ics)[0];
        assert_eq!(field(first, "DTSTART;VALUE=DATE:"), ["20261228"]);
        assert_eq!(field(first, "SUMMARY:"), [escape_text(title).as_str()]);
    }

    #[test]
    fn late_events_end_on_the_next_day() {
        let stamp = Stamp { date: Date::new(2026, 12, 27).unwrap(), hour: 18, minute: 30, second: 5 };
        let late = Reminder { at: Some(23 * 60 + 58), ..Reminder::default() };
        let first = &events(&plan_calendar(&plan(), catalog(Lang::En), stamp, late))[0];
        assert_eq!(field(first, "DTSTART:"), ["20261228T235800"]);
        assert!(field(first, "DTEND:")[0].starts_with("20261229T00"), "{first}");
    }

    #[test]
    fn the_same_activity_on_the_same_day_keeps_its_uid_across_times_and_plans() {
        let uids = |ics: &str| events(ics).iter().map(|e| field(e, "UID:")[0].to_string()).collect::<Vec<_>>();
        let early = Stamp { date: Date::new(2026, 12, 27).unwrap(), hour: 8, minute: 0, second: 0 };
        let later = Stamp { date: Date::new(2026, 12, 29).unwrap(), hour: 9, minute: 0, second: 0 };
        let before = plan_calendar(&plan(), catalog(Lang::En), early, Reminder::default());
        let timed = plan_calendar(&plan(), catalog(Lang::En), later, Reminder { at: Some(420), ..Reminder::default() });
        assert_eq!(uids(&before), uids(&timed));
        let mut other = plan();
        other.seed = 99;
        other.weeks[1].items.clear();
        let remade = plan_calendar(&other, catalog(Lang::En), later, Reminder::default());
        assert_eq!(uids(&remade), uids(&before)[..uids(&remade).len()], "a new plan with the same activities updates them");
        // A later file says it is newer, so calendars take it.
        let seq = |ics: &str| field(&events(ics)[0], "SEQUENCE:")[0].parse::<i64>().unwrap();
        assert!(seq(&timed) > seq(&before));
    }
}
