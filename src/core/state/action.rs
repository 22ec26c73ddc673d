//! Everything that can happen to the widget: what the visitor does, and what the shell
//! brings back from storage.

use super::effect::{StorageError, StorageNews};
use super::{Notice, PrivacyMessage, Progress, QrImage};
use crate::core::answer::Answer;
use crate::core::lang::Lang;
use crate::core::plan::activity::Kind;
use crate::core::plan::choices::Partner;
use crate::core::saved::{Loaded, Opened};

/// What the visitor (or the storage layer) asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// Begin the quiz from the intro, or carry on where they left off.
    Start,
    /// Choose an answer for the question at a position.
    Choose { question: usize, answer: Answer },
    /// Go on from the current question (answered or skipped).
    Next,
    /// Go back one step.
    Back,
    /// Show the widget in another of the languages the practice offers (`langs`).
    ChooseLang(Lang),
    /// From the results, go back to the questions to change answers.
    ChangeAnswers,
    /// From the results, answer the safety check (for results finished before it was asked).
    SafetyCheck,
    /// Open, cancel and confirm the "Start again?" question.
    AskRestart,
    CancelRestart,
    ConfirmRestart,
    /// Show a notice about saving (the storage layer found a problem).
    Notify(Notice),
    /// Close the notice.
    DismissNotice,
    /// The plan form.
    SetWeeks(u8),
    /// The reminder time as the time field gives it ("19:30"); empty for no reminders.
    ReminderTime(String),
    /// Minutes before the start the alarm goes off.
    ReminderBefore(u8),
    /// Whether reminders name the activity, or say only "Plan activity".
    ReminderNamed(bool),
    /// Whether the page for a counsellor carries the safety check's answers (not by default).
    CounsellorSafety(bool),
    /// Print the page for a counsellor (the results screen prints as that page).
    PrintAnswers,
    SetMinutes(u8),
    SetKind { kind: Kind, open: bool },
    SetPartner(Partner),
    /// Make a plan from the latest results and the form's choices.
    MakePlan,
    /// Take the plan away as a file, or print it.
    Download(super::effect::Export),
    Print,
    /// Another valid plan for the same results and choices (asks first when ticks would go).
    DifferentPlan,
    CancelDifferentPlan,
    ConfirmDifferentPlan,
    /// Tick or untick one planned occurrence.
    Tick { week: usize, activity: String, day: u8, done: bool },
    /// Write a week's note.
    Note { week: u8, text: String },
    ShowPlan,
    ShowResults,
    /// Take the quiz again, keeping the plan and earlier results.
    Retake,
    /// Compare an earlier result (index into the history) with the latest.
    Compare(usize),
    /// Take in what another tab or widget with the same storage saved.
    Sync(Box<Progress>),
    /// Something changed the saved data elsewhere.
    News(Box<StorageNews>),
    /// How the last save went.
    Saved(Result<(), StorageError>),
    /// Time to try saving again after storage failed: what storage holds now.
    Retry(Box<Result<Loaded, StorageError>>),
    /// Start without saving anything on this device.
    StartPrivate,
    /// Open, cancel and confirm "Delete everything?".
    AskDelete,
    CancelDelete,
    ConfirmDelete,
    /// Another tab deleted everything.
    DeletedElsewhere,
    /// The saved data turned out to be locked (on load, or locked in another tab).
    NeedPassphrase,
    /// Lock the saved data with this passphrase, typed twice (the reducer checks it first).
    Lock { passphrase: String, again: String },
    /// Open the locked data with this passphrase.
    EnterPassphrase(String),
    /// Remove the lock: write the answers readable again.
    RemoveLock,
    /// The passphrase opened the saved data.
    Unlocked(Box<Opened>),
    /// The saved data is now locked with a passphrase (in this widget).
    LockedNow,
    /// The lock was removed (not [`Action::Unlocked`]: the saved data was opened).
    LockRemoved,
    /// Tell the visitor how their privacy request went.
    Privacy(PrivacyMessage),
    /// Another widget on this page locked (`true`) or unlocked the shared data.
    LockShared(bool),
    /// Another tab removed the lock and saved this readable progress.
    LockRemovedElsewhere(Box<Progress>),
    /// Leave at once.
    QuickExit,
    /// Open partner comparison.
    ShowPartner,
    /// Whether the visitor's own code carries every answer (`true`) or area scores only.
    ShareAnswers(bool),
    /// Copy the visitor's own code, or a link to this page with it.
    Copy { link: bool },
    /// How the copy went: `false` when the browser refused.
    Copied(bool),
    /// The QR code of the visitor's link, or `None` when the encoder could not load.
    QrDrawn(Option<QrImage>),
    /// The visitor entered their partner's code.
    EnterPartnerCode(String),
    /// The page was opened with a partner's code in its address; `clean_url` is the address
    /// without it.
    PartnerLink { code: String, clean_url: String },
    /// The name the visitor gives their partner (kept only on this device).
    PartnerName(String),
    /// Keep the partner's data after this page closes, or not.
    KeepPartner(bool),
    ForgetPartner,
    /// A plan for the two of them, from both views.
    MakeOurPlan,
    /// Open, cancel and confirm "Start again from today?" (the plan's missed days).
    AskRestartPlanFromToday,
    CancelRestartPlanFromToday,
    ConfirmRestartPlanFromToday,
    /// The visitor's calendar date changed (midnight, or a new time zone).
    Today(crate::core::date::Date),
}

impl Action {
    /// True for what the visitor did here; false for news from storage and other tabs,
    /// which must never move focus.
    pub fn is_visitors(&self) -> bool {
        !matches!(
            self,
            Action::Notify(_)
                | Action::Sync(_)
                | Action::News(_)
                | Action::Saved(_)
                | Action::Retry(_)
                | Action::DeletedElsewhere
                | Action::NeedPassphrase
                | Action::LockShared(_)
                | Action::LockRemovedElsewhere(_)
                | Action::PartnerLink { .. }
                | Action::Today(_)
        )
    }
}
