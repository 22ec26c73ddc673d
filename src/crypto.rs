//! The passphrase lock's cryptography, through the browser's WebCrypto (no crypto crate):
//! PBKDF2-SHA-256 with 600,000 rounds and a random 16-byte salt derives an AES-GCM-256 key,
//! and every write is encrypted with a fresh random 12-byte IV. The key is not extractable
//! and lives only in memory.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::core::locked::{LockedEnvelope, ITERATIONS, IV_BYTES, SALT_BYTES};

/// Why a crypto step failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// No WebCrypto here (an insecure page, an old browser).
    Unavailable,
    /// The passphrase does not open this data (or the data was changed).
    WrongPassphrase,
}

impl std::fmt::Display for CryptoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CryptoError::Unavailable => "this browser cannot encrypt here (WebCrypto needs a secure page)",
            CryptoError::WrongPassphrase => "the passphrase does not open this data",
        })
    }
}

/// A key ready to encrypt every save, with the salt it came from.
#[derive(Clone, Debug)]
pub struct Sealer {
    key: CryptoKey,
    salt: Vec<u8>,
    iterations: u32,
}

fn subtle() -> Result<SubtleCrypto, CryptoError> {
    let crypto = web_sys::window().ok_or(CryptoError::Unavailable)?.crypto().map_err(|_| CryptoError::Unavailable)?;
    Ok(crypto.subtle())
}

/// Fresh random bytes from the browser.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, CryptoError> {
    let crypto = web_sys::window().ok_or(CryptoError::Unavailable)?.crypto().map_err(|_| CryptoError::Unavailable)?;
    let mut bytes = vec![0u8; n];
    crypto.get_random_values_with_u8_array(&mut bytes).map_err(|_| CryptoError::Unavailable)?;
    Ok(bytes)
}

async fn promise(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(p?).await
}

/// Derives the AES key from a passphrase and salt.
async fn derive(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, CryptoError> {
    let subtle = subtle()?;
    let unavailable = |_| CryptoError::Unavailable;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let base: CryptoKey = promise(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages))
        .await
        .map_err(unavailable)?
        .unchecked_into();
    let params = Pbkdf2Params::new("PBKDF2", &JsValue::from_str("SHA-256"), iterations, &Uint8Array::from(salt));
    let aes = AesDerivedKeyParams::new("AES-GCM", 256);
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let key = promise(subtle.derive_key_with_object_and_object(&params, &base, &aes, false, &usages))
        .await
        .map_err(unavailable)?;
    Ok(key.unchecked_into())
}

impl Sealer {
    /// A new lock: a fresh salt and the key derived from the passphrase.
    pub async fn create(passphrase: &str) -> Result<Sealer, CryptoError> {
        let salt = random_bytes(SALT_BYTES)?;
        let key = derive(passphrase, &salt, ITERATIONS).await?;
        Ok(Sealer { key, salt, iterations: ITERATIONS })
    }

    /// Opens a locked save: the key (to keep saving) and the plaintext.
    pub async fn open(passphrase: &str, envelope: &LockedEnvelope) -> Result<(Sealer, String), CryptoError> {
        let key = derive(passphrase, &envelope.salt, envelope.iterations).await?;
        let sealer = Sealer { key, salt: envelope.salt.clone(), iterations: envelope.iterations };
        let text = sealer.decrypt(envelope).await?;
        Ok((sealer, text))
    }

    /// Decrypts a save made with this key (another tab's, say).
    pub async fn decrypt(&self, envelope: &LockedEnvelope) -> Result<String, CryptoError> {
        if envelope.salt != self.salt {
            return Err(CryptoError::WrongPassphrase);
        }
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(envelope.iv.as_slice()));
        let plain = promise(subtle()?.decrypt_with_object_and_u8_array(&params, &self.key, &envelope.ciphertext))
            .await
            .map_err(|_| CryptoError::WrongPassphrase)?;
        let bytes = Uint8Array::new(&plain).to_vec();
        String::from_utf8(bytes).map_err(|_| CryptoError::WrongPassphrase)
    }

    /// Encrypts one save with a fresh IV.
    pub async fn seal(&self, text: &str) -> Result<LockedEnvelope, CryptoError> {
        let iv = random_bytes(IV_BYTES)?;
        let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
        let sealed = promise(subtle()?.encrypt_with_object_and_u8_array(&params, &self.key, text.as_bytes()))
            .await
            .map_err(|_| CryptoError::Unavailable)?;
        Ok(LockedEnvelope {
            iterations: self.iterations,
            salt: self.salt.clone(),
            iv,
            ciphertext: Uint8Array::new(&sealed).to_vec(),
        })
    }
}
