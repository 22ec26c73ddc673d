//! The passphrase lock's saved form: what is stored instead of readable JSON when the
//! visitor locks their data. The encryption itself happens in the browser (WebCrypto:
//! PBKDF2-SHA-256 → AES-GCM-256); this module only writes and reads the envelope.
//!
//! Form: `ic-locked:1:<iterations>:<salt>:<iv>:<ciphertext>`, the last three in base64.
//! It is deliberately not JSON, so nothing that reads storage mistakes it for answers.

/// Marks a locked save.
pub const PREFIX: &str = "ic-locked:";
/// The envelope's own version.
const ENVELOPE_VERSION: &str = "1";
/// PBKDF2 rounds: OWASP's 2023 advice for PBKDF2-HMAC-SHA-256.
pub const ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// The shortest passphrase accepted.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// A locked save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockedEnvelope {
    pub iterations: u32,
    pub salt: Vec<u8>,
    pub iv: Vec<u8>,
    pub ciphertext: Vec<u8>,
}

impl LockedEnvelope {
    pub fn format(&self) -> String {
        format!(
            "{PREFIX}{ENVELOPE_VERSION}:{}:{}:{}:{}",
            self.iterations,
            base64_encode(&self.salt),
            base64_encode(&self.iv),
            base64_encode(&self.ciphertext)
        )
    }

    /// Reads an envelope; `None` for anything that is not a well-formed one.
    pub fn parse(raw: &str) -> Option<LockedEnvelope> {
        let rest = raw.strip_prefix(PREFIX)?;
        let mut parts = rest.split(':');
        if parts.next()? != ENVELOPE_VERSION {
            return None;
        }
        let iterations: u32 = parts.next()?.parse().ok()?;
        let salt = base64_decode(parts.next()?)?;
        let iv = base64_decode(parts.next()?)?;
        let ciphertext = base64_decode(parts.next()?)?;
        let well_formed = parts.next().is_none()
            && (100_000..=10_000_000).contains(&iterations)
            && salt.len() == SALT_BYTES
            && iv.len() == IV_BYTES
            && ciphertext.len() >= 16; // at least the GCM tag
        well_formed.then_some(LockedEnvelope { iterations, salt, iv, ciphertext })
    }

    /// Whether a stored value claims to be locked (even if damaged).
    pub fn looks_locked(raw: &str) -> bool {
        raw.starts_with(PREFIX)
    }
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// Standard base64 with padding.
pub fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Reads standard base64 with padding; `None` for anything else.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 != 0 {
        return None;
    }
    let value = |c: u8| ALPHABET.iter().position(|&a| a == c).map(|p| p as u32);
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (i, chunk) in bytes.chunks(4).enumerate() {
        let last = i + 1 == bytes.len() / 4;
        let pad = chunk.iter().rev().take_while(|&&c| c == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &c in &chunk[..4 - pad] {
            n = (n << 6) | value(c)?;
        }
        n <<= 6 * pad as u32;
        let got = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&got[..3 - pad]);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> LockedEnvelope {
        LockedEnvelope {
            iterations: ITERATIONS,
            salt: (0..16).collect(),
            iv: (100..112).collect(),
            ciphertext: (0..=255).collect(),
        }
    }

    #[test]
    fn base64_matches_known_values_and_round_trips() {
        assert_eq!(base64_encode(b""), "");
        assert_eq!(base64_encode(b"f"), "Zg==");
        assert_eq!(base64_encode(b"fo"), "Zm8=");
        assert_eq!(base64_encode(b"foo"), "Zm9v");
        assert_eq!(base64_encode(b"foobar"), "Zm9vYmFy");
        for len in 0..70 {
            let data: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            assert_eq!(base64_decode(&base64_encode(&data)), Some(data));
        }
        for bad in ["Zg=", "Z===", "Zg==Zg==", "Zm9*", "====", "Zm9v\n"] {
            assert_eq!(base64_decode(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_envelope_round_trips_and_is_not_json() {
        let text = sample().format();
        assert!(text.starts_with("ic-locked:1:600000:"));
        assert!(crate::core::json::parse(&text).is_none());
        assert_eq!(LockedEnvelope::parse(&text), Some(sample()));
        assert!(LockedEnvelope::looks_locked(&text));
    }

    #[test]
    fn damaged_envelopes_are_refused() {
        let good = sample().format();
        let cases = [
            good.replacen("ic-locked:1:", "ic-locked:2:", 1),
            good.replacen(":600000:", ":10:", 1),
            good.replacen(":600000:", ":lots:", 1),
            format!("{good}:extra"),
            good[..good.len() - 3].to_string(),
            "ic-locked:".to_string(),
            "{\"version\":2}".to_string(),
            LockedEnvelope { salt: vec![1; 8], ..sample() }.format(),
            LockedEnvelope { iv: vec![1; 16], ..sample() }.format(),
            LockedEnvelope { ciphertext: vec![1; 3], ..sample() }.format(),
        ];
        for c in cases {
            assert_eq!(LockedEnvelope::parse(&c), None, "{c}");
        }
    }
}
