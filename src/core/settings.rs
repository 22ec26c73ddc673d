//! What the practice that embeds the widget can set: its name, contact details and wording.

use super::catalog::Lang;

/// The practice's settings, already checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    /// Shown in the "Getting help" panel, e.g. "Harbour Counselling".
    pub practice_name: Option<String>,
    /// Where "Contact …" leads: an http(s) address.
    pub contact_url: Option<String>,
    /// A phone number as the practice writes it.
    pub contact_phone: Option<String>,
    /// The practice's own words for the "Getting help" panel.
    pub help_text: Option<String>,
    /// Keeps this widget's saved data apart from other widgets on the same site.
    pub storage_key: Option<String>,
    pub lang: Lang,
}

impl Settings {
    /// The `tel:` address for the contact phone: digits and a leading `+` only.
    pub fn phone_href(&self) -> Option<String> {
        let phone = self.contact_phone.as_deref()?;
        let mut digits: String = phone.chars().filter(|c| c.is_ascii_digit()).collect();
        if phone.trim_start().starts_with('+') {
            digits.insert(0, '+');
        }
        (!digits.is_empty()).then(|| format!("tel:{digits}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_href_keeps_digits_and_plus() {
        let s = Settings { contact_phone: Some("+44 20 7946-0000".into()), ..Default::default() };
        assert_eq!(s.phone_href().as_deref(), Some("tel:+442079460000"));
        let s = Settings { contact_phone: Some("(555) 010 2000".into()), ..Default::default() };
        assert_eq!(s.phone_href().as_deref(), Some("tel:5550102000"));
        let s = Settings { contact_phone: Some("call us".into()), ..Default::default() };
        assert_eq!(s.phone_href(), None);
        assert_eq!(Settings::default().phone_href(), None);
    }
}
