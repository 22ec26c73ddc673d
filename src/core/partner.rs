//! Partner comparison: each partner takes the quiz on their own device, then they swap a
//! short code. Nothing goes through any server; the code carries only what its owner chose
//! to share.

pub mod code;
pub mod compare;
pub mod link;

use code::PartnerView;

/// What this device holds of the partner: their code, what it carries, the name the
/// visitor gave them, and whether to keep it after this page closes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PartnerData {
    pub code: String,
    pub view: PartnerView,
    pub name: String,
    /// Saved with the visitor's progress only when they choose to keep it.
    pub keep: bool,
}

/// The longest partner name kept, in characters.
pub const NAME_MAX_CHARS: usize = 40;
