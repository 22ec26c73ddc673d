//! Colour maths for the practice's accent: parsing, WCAG contrast, and darkening a colour
//! until text on it is readable.

/// A colour as red, green and blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub const WHITE: Rgb = Rgb(255, 255, 255);
    /// The widget's dark-mode surface and the text it puts on an accent there.
    pub const DARK_SURFACE: Rgb = Rgb(0x17, 0x21, 0x27);
    pub const DARK_TEXT: Rgb = Rgb(0x0d, 0x1b, 0x22);

    /// Reads `#rgb`, `#rrggbb`, `rgb(r, g, b)` or `rgb(r g b)`.
    pub fn parse(value: &str) -> Option<Rgb> {
        let v = value.trim().to_ascii_lowercase();
        if let Some(hex) = v.strip_prefix('#') {
            let digits: Vec<u8> = hex.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<_>>()?;
            return match digits.as_slice() {
                [r, g, b] => Some(Rgb(r * 17, g * 17, b * 17)),
                [r1, r2, g1, g2, b1, b2] => Some(Rgb(r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2)),
                _ => None,
            };
        }
        let inner = v.strip_prefix("rgb(")?.strip_suffix(')')?;
        let parts: Vec<u8> = inner
            .split([',', ' '])
            .filter(|p| !p.is_empty())
            .map(|p| p.parse::<u8>().ok())
            .collect::<Option<_>>()?;
        match parts.as_slice() {
            [r, g, b] => Some(Rgb(*r, *g, *b)),
            _ => None,
        }
    }

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio, 1 to 21.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Mixes `amount` (0–1) of `toward` into this colour.
    fn mix(self, toward: Rgb, amount: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(m(self.0, toward.0), m(self.1, toward.1), m(self.2, toward.2))
    }
}

/// Text must reach this contrast against its background (WCAG AA for normal text).
pub const MIN_CONTRAST: f64 = 4.5;

/// The smallest step toward `toward` that makes `ok` true.
fn nudge(c: Rgb, toward: Rgb, ok: impl Fn(Rgb) -> bool) -> Rgb {
    (0..=40).map(|i| c.mix(toward, f64::from(i) / 40.0)).find(|&c| ok(c)).unwrap_or(toward)
}

/// The practice's accent, made readable: white text on it in light mode, dark text on it
/// (and it on the dark surface) in dark mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    pub light: Rgb,
    pub dark: Rgb,
    /// True when the light-mode colour had to be darkened.
    pub adjusted: bool,
}

impl Accent {
    pub fn from_colour(c: Rgb) -> Accent {
        let light = nudge(c, Rgb(0, 0, 0), |c| c.contrast(Rgb::WHITE) >= MIN_CONTRAST);
        let dark = nudge(c, Rgb::WHITE, |c| {
            c.contrast(Rgb::DARK_SURFACE) >= MIN_CONTRAST && c.contrast(Rgb::DARK_TEXT) >= MIN_CONTRAST
        });
        Accent { light, dark, adjusted: light != c }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_in_three_forms() {
        assert_eq!(Rgb::parse("#2A6F97"), Some(Rgb(0x2a, 0x6f, 0x97)));
        assert_eq!(Rgb::parse("#fff"), Some(Rgb::WHITE));
        assert_eq!(Rgb::parse("rgb(42, 111, 151)"), Some(Rgb(42, 111, 151)));
        assert_eq!(Rgb::parse("rgb(42 111 151)"), Some(Rgb(42, 111, 151)));
        assert_eq!(Rgb::parse(" #000000 "), Some(Rgb(0, 0, 0)));
        for bad in ["", "#", "#ggg", "#1234", "rgb(1,2)", "rgb(1,2,3,4)", "red", "rgba(1,2,3,0.5)"] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_matches_known_values() {
        assert!((Rgb::WHITE.contrast(Rgb(0, 0, 0)) - 21.0).abs() < 0.01);
        assert!((Rgb::WHITE.contrast(Rgb::WHITE) - 1.0).abs() < 0.01);
        // #767676 on white is the classic 4.54:1.
        assert!((Rgb(0x76, 0x76, 0x76).contrast(Rgb::WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn every_accent_ends_up_readable_in_light_and_dark() {
        for r in (0..=255).step_by(51) {
            for g in (0..=255).step_by(51) {
                for b in (0..=255).step_by(51) {
                    let a = Accent::from_colour(Rgb(r, g, b));
                    assert!(a.light.contrast(Rgb::WHITE) >= MIN_CONTRAST, "{r},{g},{b}");
                    assert!(a.dark.contrast(Rgb::DARK_SURFACE) >= MIN_CONTRAST, "{r},{g},{b}");
                    assert!(a.dark.contrast(Rgb::DARK_TEXT) >= MIN_CONTRAST, "{r},{g},{b}");
                }
            }
        }
    }
}
