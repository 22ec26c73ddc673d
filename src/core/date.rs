//! Calendar dates without a clock or time zone: enough to lay out a plan week by week,
//! stamp a completed quiz, and write calendar files. The browser supplies "today".

use std::fmt;

/// A day in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid date, or `None`. Years are kept to 1900–9999, plenty for a plan.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1900..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil algorithm).
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Day of the week, 0 = Monday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday.
        (self.to_days() + 3).rem_euclid(7) as usize
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// `YYYYMMDD`, as calendar files write a date.
    pub fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }

    /// Reads `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let y = parts.next()?.parse().ok()?;
        let m = parts.next()?.parse().ok()?;
        let d = parts.next()?.parse().ok()?;
        if parts.next().is_some() || s.len() != 10 {
            return None;
        }
        Date::new(y, m, d)
    }
}

impl fmt::Display for Date {
    /// `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A moment in UTC, to the second: when a file was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp {
    pub date: Date,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

impl Stamp {
    /// `YYYYMMDDTHHMMSSZ`, the calendar-file form.
    pub fn compact(self) -> String {
        format!("{}T{:02}{:02}{:02}Z", self.date.compact(), self.hour, self.minute, self.second)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().to_days(), 11_017);
        assert_eq!(Date::from_days(20_417), Date::new(2025, 11, 25).unwrap());
    }

    #[test]
    fn round_trips_every_day_for_decades() {
        let start = Date::new(1990, 1, 1).unwrap().to_days();
        let mut prev = Date::from_days(start - 1);
        for n in start..start + 365 * 60 {
            let d = Date::from_days(n);
            assert_eq!(d.to_days(), n);
            assert!(d > prev);
            assert!(Date::new(d.year, d.month, d.day).is_some());
            prev = d;
        }
    }

    #[test]
    fn weekdays() {
        assert_eq!(Date::new(1970, 1, 1).unwrap().weekday(), 3);
        assert_eq!(Date::new(2026, 11, 25).unwrap().weekday(), 2); // a Wednesday
        assert_eq!(Date::new(2024, 2, 26).unwrap().weekday(), 0); // a Monday
    }

    #[test]
    fn leap_years_and_month_ends() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2000, 2, 29).is_some());
        assert!(Date::new(1900, 2, 29).is_none());
        assert!(Date::new(2025, 4, 31).is_none());
        assert!(Date::new(2025, 13, 1).is_none());
        assert_eq!(Date::new(2024, 12, 31).unwrap().add_days(1), Date::new(2025, 1, 1).unwrap());
        assert_eq!(Date::new(2024, 2, 28).unwrap().add_days(1), Date::new(2024, 2, 29).unwrap());
    }

    #[test]
    fn text_forms() {
        let d = Date::new(2026, 3, 7).unwrap();
        assert_eq!(d.to_string(), "2026-03-07");
        assert_eq!(d.compact(), "20260307");
        assert_eq!(Date::parse("2026-03-07"), Some(d));
        for bad in ["", "2026-3-7", "2026-02-30", "20260307", "2026-03-07-1", "x-y-z"] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
        let s = Stamp { date: d, hour: 9, minute: 5, second: 0 };
        assert_eq!(s.compact(), "20260307T090500Z");
        use crate::core::saved::field::{date, date_json};
        assert_eq!(date_json(d).to_text(), "\"2026-03-07\"");
        assert_eq!(crate::core::json::parse("\"2026-03-07\"").as_ref().and_then(date).unwrap(), d);
    }
}
