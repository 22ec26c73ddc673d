//! What the widget says back to the visitor: notices about their saved answers, and the
//! short answers of the privacy panel, the plan form and the partner screen. Data only; the
//! words are in the catalog.

use super::partner::code::CodeProblem;
use super::plan::generate::PlanProblem;

/// Something the visitor should know about their saved answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    /// Part of the saved answers could not be read; the rest were kept.
    Salvaged,
    /// The saved answers could not be read at all; a copy was kept aside.
    Unreadable,
    /// The answers were saved by a newer version of the widget and are left untouched.
    Newer,
    /// This browser does not let the widget save: answers last until the tab closes.
    NotSaving,
    /// The visitor chose not to save on this device.
    Private,
    /// A file for the visitor (Markdown, calendar) could not be made.
    DownloadFailed,
    /// A partner's code arrived by link; the comparison opens once the quiz is finished.
    PartnerWaiting,
}

/// A short answer to something the visitor did in the privacy panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrivacyMessage {
    Deleted,
    LockOn,
    LockOff,
    WrongPassphrase,
    TooShort,
    Mismatch,
    /// This browser cannot encrypt (no WebCrypto, e.g. a page not served over https).
    NoCrypto,
    /// Deleting everything failed part-way.
    DeleteFailed,
}

/// Why the last plan request did not give a new plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanMessage {
    Problem(PlanProblem),
    /// "Show me a different plan" found no other plan that fits the choices.
    OnlyOnePlan,
}

/// A message on the partner screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PartnerMessage {
    Problem(CodeProblem),
    Forgotten,
}
