//! English words for the plan day by day: today, the weeks, missed days, the end.

use super::PlanDaysUi;

pub const DAYS_EN: PlanDaysUi = PlanDaysUi {
    today_title: "Today, {date}",
    nothing_today: "Nothing planned for today. Next: {activity} on {day}.",
    done: "Done",
    today_tick_label: "{title}: done today",
    how_to: "How to do it",
    this_week: "This week: {dates}",
    week_past: "Week {n} · {done} of {total} done",
    week_later: "Week {n} · {dates}",
    missed_note: "Welcome back. Skipping days is normal: life gets busy, and it does not undo anything you have done. If you like, your plan can start again from today.",
    restart: "Start again from today",
    confirm_restart: "Start again from today? The rest of your plan moves forward so it begins today. Your ticks and notes stay.",
    confirm_restart_yes: "Yes, start from today",
    confirm_restart_no: "Keep the dates as they are",
    restarted: "Your plan picks up again today.",
    end_title: "You reached the end of your plan",
    end_done: "Over {weeks} weeks, you ticked off {n} activities. Each one was time given to your relationship.",
    end_done_one: "Over {weeks} weeks, you ticked off 1 activity. Every small step counts.",
    end_none: "Your plan has come to an end. Life does not always leave room, and that is OK.",
    end_by_area: "What you did, by area",
    end_area_line: "{area}: {n}",
    end_next: "Taking the quiz again shows what has changed. Afterwards you can make a new plan from your new results.",
    retake: "Take the quiz again to see what changed",
    retake_note: "Your earlier answers are kept, so you will see before and now side by side.",
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::catalog::fill;

    fn all(t: &PlanDaysUi) -> [&'static str; 23] {
        [
            t.today_title, t.nothing_today, t.done, t.today_tick_label, t.how_to, t.this_week, t.week_past,
            t.week_later, t.missed_note, t.restart, t.confirm_restart, t.confirm_restart_yes, t.confirm_restart_no,
            t.restarted, t.end_title, t.end_done, t.end_done_one, t.end_none, t.end_by_area, t.end_area_line,
            t.end_next, t.retake, t.retake_note,
        ]
    }

    #[test]
    fn kind_plain_words_with_no_blame_and_no_streaks() {
        for text in all(&DAYS_EN) {
            assert!(!text.trim().is_empty());
            let lower = text.to_lowercase();
            for word in ["streak", "fail", "behind", "missed", "overdue", "late", "should", "must"] {
                assert!(!lower.contains(word), "{text:?} says {word:?}");
            }
            for sentence in text.split(['.', '?', ':']) {
                assert!(sentence.split_whitespace().count() <= 20, "a long sentence in {text:?}");
            }
        }
    }

    #[test]
    fn templates_take_their_values() {
        let t = &DAYS_EN;
        let filled = [
            fill(t.today_title, &[("date", "Sat 5 Dec")]),
            fill(t.nothing_today, &[("activity", "A walk"), ("day", "Sun 6 Dec")]),
            fill(t.today_tick_label, &[("title", "A walk")]),
            fill(t.this_week, &[("dates", "x")]),
            fill(t.week_past, &[("n", "1"), ("done", "5"), ("total", "7")]),
            fill(t.week_later, &[("n", "3"), ("dates", "x")]),
            fill(t.end_done, &[("n", "9"), ("weeks", "4")]),
            fill(t.end_done_one, &[("weeks", "4")]),
            fill(t.end_area_line, &[("area", "Time"), ("n", "3")]),
        ];
        for text in &filled {
            assert!(!text.contains('{'), "{text}");
        }
        assert_eq!(filled[4], "Week 1 · 5 of 7 done");
        assert_eq!(filled[1], "Nothing planned for today. Next: A walk on Sun 6 Dec.");
    }
}
