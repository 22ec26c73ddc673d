//! The widget's state, and the one path every change takes: an [`Action`] goes through the
//! pure reducer ([`State::step`], in `state/reduce.rs`), which returns the next state and a
//! list of [`Effect`]s; the shell performs each effect and decides nothing.
//!
//! No I/O happens here: loading and saving are the storage module's job, and "today" is
//! handed in by the browser layer.

mod action;
mod effect;
mod qr;
mod reduce;

pub use action::Action;
pub use reduce::check_new_passphrase;
pub use effect::{Effect, Export, StorageError, StorageNews};
pub use qr::{Qr, QrImage};
pub use super::progress::{CompletedQuiz, Progress, Screen};
// The messages and host events live below the state; re-exported for the shell.
pub use super::host::HostEvent;
pub use super::messages::{Notice, PartnerMessage, PlanMessage, PrivacyMessage};

use super::date::Date;
use super::partner::code::{encode, PartnerView};
use super::safety::{afraid, Care};
use super::saved::Opened;
use super::scoring::{score, Results};
use super::settings::StartAt;
use super::answer::Answers;

/// Whether the saved data is protected by a passphrase.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lock {
    /// No passphrase.
    #[default]
    Off,
    /// The saved data is locked and this widget does not have the passphrase yet.
    NeedsPassphrase,
    /// Locked, and unlocked on this page (which holds the key): every save is encrypted.
    On,
}

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub progress: Progress,
    /// The "Start again?" question is open.
    pub confirming_restart: bool,
    /// The "Show a different plan?" question is open.
    pub confirming_different: bool,
    /// A message about saving, shown until the visitor closes it.
    pub notice: Option<Notice>,
    /// Why the plan could not be made, shown by the plan form.
    pub plan_message: Option<PlanMessage>,
    /// Which earlier result the comparison shows (index into the history).
    pub compare_with: Option<usize>,
    /// The visitor's today, from the browser.
    pub today: Date,
    pub lock: Lock,
    /// Answers live only in memory (chosen by the visitor, or the browser will not save).
    pub private: bool,
    /// The "Delete everything?" question is open.
    pub confirming_delete: bool,
    /// The visitor's own code carries every answer, not only the area scores.
    pub share_answers: bool,
    /// How the last copy of the visitor's code went, until they choose again.
    pub copied: Option<bool>,
    /// The QR code of the visitor's link on "Your code".
    pub qr: Qr,
    /// The page for a counsellor carries the safety answers: only when ticked, never saved.
    pub counsellor_safety: bool,
    /// The visitor asked to print the page for a counsellor: the results print as it.
    pub printing_answers: bool,
    /// A lock or unlock is under way (the browser is deriving the key): its button waits.
    pub locking: bool,
    pub privacy_message: Option<PrivacyMessage>,
    /// Quick exit was used: the widget shows nothing more and takes no further action.
    pub exited: bool,
    /// Saved data must not be written over (it is from a newer version, or could not be
    /// backed up): changes are kept in memory only.
    pub read_only: bool,
    /// The last write failed: the shell tries again every few seconds until one works.
    pub failing: bool,
    /// The "Start again from today?" question is open.
    pub confirming_plan_restart: bool,
    /// A partner's code from a link, kept until the visitor's own quiz is finished.
    pub pending_partner: Option<String>,
    /// What to say on the partner screen: a bad code, or that the partner was forgotten.
    pub partner_message: Option<PartnerMessage>,
}

impl Default for State {
    fn default() -> Self {
        State::new(Progress::default(), None, Date::from_days(0))
    }
}

impl State {
    pub fn new(progress: Progress, notice: Option<Notice>, today: Date) -> Self {
        State {
            progress,
            confirming_restart: false,
            confirming_different: false,
            notice,
            plan_message: None,
            compare_with: None,
            today,
            lock: Lock::Off,
            private: false,
            confirming_delete: false,
            locking: false,
            share_answers: false,
            copied: None,
            qr: Qr::Off,
            counsellor_safety: false,
            printing_answers: false,
            privacy_message: None,
            exited: false,
            read_only: notice == Some(Notice::Newer),
            failing: false,
            confirming_plan_restart: false,
            pending_partner: None,
            partner_message: None,
        }
    }

    /// The first state, from what storage held: opened on the plan if the practice asked
    /// for that and there is one.
    pub fn opened(opened: Opened, start: StartAt, today: Date) -> State {
        let Opened { mut progress, notice, locked, read_only } = opened;
        if start == StartAt::Plan && progress.plan.is_some() {
            progress.screen = Screen::Plan;
        }
        let mut state = State::new(progress, notice, today);
        state.read_only |= read_only;
        if locked {
            state.lock = Lock::NeedsPassphrase;
        }
        state
    }

    pub fn screen(&self) -> Screen {
        self.progress.screen
    }

    pub fn answers(&self) -> &Answers {
        &self.progress.answers
    }

    /// The results of the current answers.
    pub fn results(&self) -> Results {
        score(&self.progress.answers)
    }

    /// The earlier result the comparison screen shows, and the latest.
    pub fn comparison(&self) -> Option<(usize, &CompletedQuiz, &CompletedQuiz)> {
        let h = &self.progress.history;
        let latest = h.last()?;
        let before = self.compare_with.filter(|&i| i + 1 < h.len()).or(h.len().checked_sub(2))?;
        Some((before, &h[before], latest))
    }

    /// The answers of the visitor's latest finished quiz (the current ones before the first).
    pub fn own_answers(&self) -> &Answers {
        self.progress.latest_answers()
    }

    /// True when the safety check says the visitor may not be safe with their partner, in
    /// the current answers or the latest finished quiz: help comes first, and nothing is
    /// shared or planned with the partner.
    pub fn afraid(&self) -> bool {
        afraid(&self.progress.answers) || afraid(self.own_answers())
    }

    /// How careful a plan made now must be.
    pub fn care(&self) -> Care {
        if self.afraid() {
            Care::Safety
        } else {
            Care::of(&self.progress.answers)
        }
    }

    /// The visitor's own partner code (area scores, or every answer too), or `None` when the
    /// visitor may not be safe with their partner: then no code is made at all.
    pub fn own_code(&self, with_answers: bool) -> Option<String> {
        (!self.afraid()).then(|| encode(&PartnerView::of(self.own_answers(), with_answers)))
    }

    /// True when the visitor may not be safe and their plan (made before they said so) holds
    /// an activity that needs safety: the plan screen offers a plan for them alone instead.
    pub fn plan_needs_care(&self) -> bool {
        let Some(plan) = &self.progress.plan else { return false };
        self.afraid() && plan.occurrences().any(|(_, id, _)| super::plan::activity(id).is_none_or(|a| !Care::Safety.allows(a)))
    }

    /// Whether changes may be written to storage now.
    pub fn may_save(&self) -> bool {
        !self.private && !self.exited && !self.read_only && self.lock != Lock::NeedsPassphrase
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod plan_day_tests;

#[cfg(test)]
mod safety_tests;

#[cfg(test)]
mod returning_tests;
