//! Quick exit from the keyboard: Shift pressed and released on its own three times within
//! two seconds, anywhere on the page. Shift held for capital letters never counts: another
//! key while it is down cancels the tap, and so does a key between taps. Timestamps are
//! handed in, so every rule is a native test.

/// Taps that make quick exit.
pub const SHIFT_TAPS: usize = 3;
/// The taps must fall within this many milliseconds.
pub const SHIFT_WINDOW_MS: f64 = 2000.0;

/// Counts lone Shift taps.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShiftTaps {
    /// Shift is down and nothing else was pressed since.
    armed: bool,
    /// When the recent lone taps ended.
    taps: Vec<f64>,
}

impl ShiftTaps {
    /// A key went down (`repeat` when it is being held).
    pub fn key_down(&mut self, key: &str, repeat: bool) {
        if key == "Shift" {
            self.armed = !repeat;
        } else {
            self.armed = false;
            self.taps.clear();
        }
    }

    /// A key came up at `now_ms`; true when this completes quick exit.
    pub fn key_up(&mut self, key: &str, now_ms: f64) -> bool {
        if key != "Shift" || !std::mem::replace(&mut self.armed, false) {
            return false;
        }
        self.taps.retain(|at| now_ms - at < SHIFT_WINDOW_MS);
        self.taps.push(now_ms);
        if self.taps.len() < SHIFT_TAPS {
            return false;
        }
        self.taps.clear();
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tap(t: &mut ShiftTaps, at: f64) -> bool {
        t.key_down("Shift", false);
        t.key_up("Shift", at)
    }

    #[test]
    fn three_lone_taps_within_two_seconds_exit() {
        let mut t = ShiftTaps::default();
        assert!(!tap(&mut t, 0.0));
        assert!(!tap(&mut t, 300.0));
        assert!(tap(&mut t, 600.0));
        // Counting starts again afterwards.
        assert!(!tap(&mut t, 700.0));
    }

    #[test]
    fn taps_spread_over_more_than_two_seconds_do_not() {
        let mut t = ShiftTaps::default();
        assert!(!tap(&mut t, 0.0));
        assert!(!tap(&mut t, 1500.0));
        assert!(!tap(&mut t, 2100.0), "the first tap has expired");
        assert!(tap(&mut t, 2200.0));
    }

    #[test]
    fn shift_held_for_capitals_never_counts() {
        let mut t = ShiftTaps::default();
        for at in [0.0, 100.0, 200.0, 300.0] {
            t.key_down("Shift", false);
            t.key_down("A", false);
            assert!(!t.key_up("A", at));
            assert!(!t.key_up("Shift", at + 10.0));
        }
    }

    #[test]
    fn a_held_shift_repeating_is_not_a_tap() {
        let mut t = ShiftTaps::default();
        assert!(!tap(&mut t, 0.0));
        assert!(!tap(&mut t, 100.0));
        t.key_down("Shift", false);
        t.key_down("Shift", true);
        assert!(!t.key_up("Shift", 200.0));
    }

    #[test]
    fn another_key_between_taps_starts_the_count_again() {
        let mut t = ShiftTaps::default();
        assert!(!tap(&mut t, 0.0));
        assert!(!tap(&mut t, 100.0));
        t.key_down("b", false);
        t.key_up("b", 150.0);
        assert!(!tap(&mut t, 200.0));
        assert!(!tap(&mut t, 300.0));
        assert!(tap(&mut t, 400.0));
    }

    #[test]
    fn other_keys_coming_up_do_nothing() {
        let mut t = ShiftTaps::default();
        t.key_down("Shift", false);
        assert!(!t.key_up("Control", 0.0));
        assert!(t.armed, "still a lone Shift press");
    }
}
