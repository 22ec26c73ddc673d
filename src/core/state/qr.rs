//! The QR code of the visitor's link on "Your code": asked for when that screen opens or the
//! code changes, drawn by the shell with an encoder loaded only then.

/// A drawn QR code: `size` modules a side, `path` one 1×1 square per dark module (a 4-module
/// quiet zone around them), and which code it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrImage {
    /// It holds the code that carries every answer, not only the area scores.
    pub answers: bool,
    pub size: u16,
    pub path: String,
}

/// Where the QR code is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Qr {
    #[default]
    Off,
    /// Asked for, for the code with every answer (`answers`) or scores only.
    Drawing { answers: bool },
    Ready(QrImage),
    /// The encoder could not load: the code and its copy buttons still work.
    Failed,
}

impl Qr {
    /// The picture, if it holds the code the visitor chose to share.
    pub fn shown(&self, answers: bool) -> Option<&QrImage> {
        match self {
            Qr::Ready(image) if image.answers == answers => Some(image),
            _ => None,
        }
    }
}
