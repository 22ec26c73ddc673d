//! Reminders in the visitor's own calendar: an optional time of day. With one, each activity
//! in the calendar file is an event at that time with an alarm; without one, the file keeps
//! its all-day events and reminds of nothing.

/// How long before the start the alarm may go off, in minutes (0: at the start).
pub const BEFORE_OPTIONS: [u8; 5] = [0, 5, 15, 30, 60];

/// The visitor's reminder choices. Off by default; saved with their progress.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reminder {
    /// Minutes after midnight in the visitor's own time; `None`: no reminders.
    pub at: Option<u16>,
    /// Minutes before the start, one of [`BEFORE_OPTIONS`].
    pub before: u8,
    /// Events and alarms name the activity; else they say only "Plan activity", which tells
    /// someone who glances at the screen nothing.
    pub named: bool,
}

impl Reminder {
    /// A time as an `<input type="time">` gives it ("19:30", maybe with seconds); an empty or
    /// unreadable one means no reminder.
    pub fn parse_time(text: &str) -> Option<u16> {
        let mut parts = text.trim().split(':');
        let hour: u16 = parts.next()?.parse().ok()?;
        let minute: u16 = parts.next()?.parse().ok()?;
        (hour < 24 && minute < 60).then_some(hour * 60 + minute)
    }

    /// The time as the time field shows it: "07:05".
    pub fn time_text(self) -> String {
        self.at.map_or(String::new(), |m| format!("{:02}:{:02}", m / 60, m % 60))
    }

    /// A value read from anywhere made sound: a time within the day, a known lead time.
    pub fn normalised(self) -> Reminder {
        Reminder {
            at: self.at.filter(|&m| m < 24 * 60),
            before: if BEFORE_OPTIONS.contains(&self.before) { self.before } else { 0 },
            named: self.named,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_a_time_field_gives_them() {
        assert_eq!(Reminder::parse_time("19:30"), Some(19 * 60 + 30));
        assert_eq!(Reminder::parse_time("07:05:00"), Some(7 * 60 + 5));
        assert_eq!(Reminder::parse_time("00:00"), Some(0));
        for bad in ["", "24:00", "12:60", "noon", "12", "-1:00"] {
            assert_eq!(Reminder::parse_time(bad), None, "{bad}");
        }
        assert_eq!(Reminder { at: Some(7 * 60 + 5), ..Reminder::default() }.time_text(), "07:05");
        assert_eq!(Reminder::default().time_text(), "");
    }

    #[test]
    fn odd_values_are_made_sound() {
        let odd = Reminder { at: Some(24 * 60), before: 7, named: true }.normalised();
        assert_eq!(odd, Reminder { at: None, before: 0, named: true });
        let fine = Reminder { at: Some(600), before: 15, named: false };
        assert_eq!(fine.normalised(), fine);
    }
}
