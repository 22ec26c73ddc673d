//! Partner comparison: taking in a partner's code (typed, or from a link once the visitor's
//! own quiz is done), naming, keeping and forgetting it, and the plan for two. A bad code
//! changes nothing the visitor has; it only says what is wrong.

use super::Outcome;
use crate::core::partner::code::{decode, encode, CodeProblem, PartnerView};
use crate::core::partner::compare::{combined_results, compare};
use crate::core::partner::{PartnerData, NAME_MAX_CHARS};
use crate::core::bank::AreaId;
use crate::core::plan::choices::Partner;
use crate::core::safety::Care;
use crate::core::scoring::Band;
use crate::core::state::{Action, Effect, Notice, PartnerMessage, Qr, Screen, State};

impl State {
    /// Asks for the QR code of the code the visitor shares, unless it is drawn already. A
    /// visitor who may not be safe has no code, so no QR code either.
    fn draw_qr(&mut self, fx: &mut Vec<Effect>) {
        let answers = self.share_answers;
        if self.own_code(answers).is_none() || self.qr.shown(answers).is_some() {
            return;
        }
        self.qr = Qr::Drawing { answers };
        fx.push(Effect::DrawQr { answers });
    }

    pub(super) fn partner(&mut self, action: Action, fx: &mut Vec<Effect>) -> Outcome {
        match action {
            Action::ShowPartner => {
                self.progress.finished.then_some(())?;
                self.progress.screen = Screen::Partner;
                self.partner_message = None;
                self.copied = None;
                // Drawn afresh each time: the answers may have changed since.
                self.qr = Qr::Off;
                self.draw_qr(fx);
            }
            Action::ShareAnswers(share) => {
                self.share_answers = share;
                self.copied = None;
                if self.progress.screen == Screen::Partner {
                    self.draw_qr(fx);
                }
            }
            // A picture of a code the visitor no longer shares is not shown.
            Action::QrDrawn(image) => match image {
                Some(image) if self.qr == (Qr::Drawing { answers: image.answers }) => self.qr = Qr::Ready(image),
                None if matches!(self.qr, Qr::Drawing { .. }) => self.qr = Qr::Failed,
                _ => return None,
            },
            // No code is copied for a visitor who may not be safe: there is none.
            Action::Copy { link } => {
                self.own_code(self.share_answers)?;
                self.copied = None;
                fx.push(Effect::Copy { link });
            }
            Action::Copied(ok) => self.copied = Some(ok),
            // Comparing is not suggested to a visitor who may not be safe with their partner.
            Action::EnterPartnerCode(_) if self.afraid() => return None,
            Action::EnterPartnerCode(code) => self.take_partner_code(&code),
            Action::PartnerLink { code, clean_url } => {
                fx.push(Effect::ReplaceUrl(clean_url));
                if self.progress.finished && !self.progress.answers.is_empty() {
                    self.take_partner_code(&code);
                } else {
                    // Each partner answers on their own first.
                    self.pending_partner = Some(code);
                    self.notice = Some(Notice::PartnerWaiting);
                }
            }
            Action::PartnerName(name) => self.progress.partner.as_mut()?.name = name.chars().take(NAME_MAX_CHARS).collect(),
            Action::KeepPartner(keep) => self.progress.partner.as_mut()?.keep = keep,
            Action::ForgetPartner => {
                self.progress.partner.take()?;
                self.partner_message = Some(PartnerMessage::Forgotten);
            }
            Action::MakeOurPlan => {
                (!self.afraid()).then_some(())?;
                let theirs = &self.progress.partner.as_ref()?.view;
                let comparison = compare(self.own_answers(), theirs);
                let results = combined_results(&comparison);
                let scores = results.areas.iter().map(|a| a.score).collect();
                let choices = self.progress.choices.clone();
                let choices = crate::core::plan::choices::PlanChoices { partner: Partner::Together, ..choices };
                // Gentle when either view says safety is low (the combined score shows it).
                let low = results.area(AreaId::Safety).and_then(|a| a.band()) == Some(Band::NeedsAttention);
                let care = if low { Care::Gentle } else { self.care() };
                self.make_plan_from(&results, choices, care, Some(scores), fx);
            }
            _ => return None,
        }
        Some(())
    }

    /// Reads a partner's code and opens the comparison; a bad code or the visitor's own only
    /// gets a message. A visitor who may not be safe with their partner gets the partner
    /// screen's kind word on why comparing is not suggested, and the code is not kept.
    pub(super) fn take_partner_code(&mut self, code: &str) {
        self.progress.screen = Screen::Partner;
        if self.notice == Some(Notice::PartnerWaiting) {
            self.notice = None;
        }
        if self.afraid() {
            self.partner_message = None;
            return;
        }
        let view = match decode(code) {
            Ok(view) => view,
            Err(problem) => {
                self.partner_message = Some(PartnerMessage::Problem(problem));
                return;
            }
        };
        let own = self.own_answers();
        if view == PartnerView::of(own, false) || view == PartnerView::of(own, true) {
            self.partner_message = Some(PartnerMessage::Problem(CodeProblem::OwnCode));
            return;
        }
        // A new code for the same partner keeps the name and the choice to keep it.
        let (name, keep) = self.progress.partner.take().map_or((String::new(), false), |d| (d.name, d.keep));
        self.progress.partner = Some(PartnerData { code: encode(&view), view, name, keep });
        self.partner_message = None;
    }
}
