//! What a notice or a message from the reducer says.

use crate::core::catalog::{fill, Catalog};
use crate::core::messages::{Notice, PlanMessage, PrivacyMessage};
use crate::core::partner::code::CodeProblem;
use crate::core::plan::generate::PlanProblem;

pub fn notice(text: &Catalog, notice: Notice) -> &'static str {
    let ui = &text.ui;
    match notice {
        Notice::Salvaged => ui.notice_salvaged,
        Notice::Unreadable => ui.notice_unreadable,
        Notice::Newer => ui.notice_newer,
        Notice::NotSaving => ui.notice_not_saving,
        Notice::Private => ui.notice_private,
        Notice::DownloadFailed => ui.notice_download_failed,
        Notice::PartnerWaiting => text.partner.waiting,
    }
}

/// What to tell the visitor about a partner's code that could not be used.
pub fn partner_problem(text: &Catalog, problem: CodeProblem) -> String {
    let t = &text.partner;
    match problem {
        CodeProblem::Empty => t.problem_empty.into(),
        CodeProblem::BadCharacter { group } => fill(t.problem_bad_character, &[("group", &group.to_string())]),
        CodeProblem::TooShort => t.problem_too_short.into(),
        CodeProblem::TooLong => t.problem_too_long.into(),
        CodeProblem::Mistake => t.problem_mistake.into(),
        CodeProblem::Newer => t.problem_newer.into(),
        CodeProblem::OwnCode => t.problem_own.into(),
    }
}

/// What to tell the visitor when a plan could not be made.
pub fn plan_message(text: &Catalog, message: PlanMessage) -> &'static str {
    let t = &text.plan;
    match message {
        PlanMessage::Problem(PlanProblem::NothingAllowed) => t.problem_nothing_allowed,
        PlanMessage::Problem(PlanProblem::NothingFits) => t.problem_nothing_fits,
        PlanMessage::Problem(PlanProblem::NeedsPartner) => t.problem_needs_partner,
        PlanMessage::OnlyOnePlan => t.only_one_plan,
    }
}

pub fn privacy_message(text: &Catalog, message: PrivacyMessage) -> &'static str {
    let p = &text.privacy;
    match message {
        PrivacyMessage::Deleted => p.msg_deleted,
        PrivacyMessage::LockOn => p.msg_lock_on,
        PrivacyMessage::LockOff => p.msg_lock_off,
        PrivacyMessage::WrongPassphrase => p.msg_wrong,
        PrivacyMessage::TooShort => p.msg_too_short,
        PrivacyMessage::Mismatch => p.msg_mismatch,
        PrivacyMessage::NoCrypto => p.msg_no_crypto,
        PrivacyMessage::DeleteFailed => p.msg_delete_failed,
    }
}
