//! Performs the effects the reducer returned, after the render that shows their state, in
//! order. Each effect is one small step; none decides anything.

use std::rc::Rc;

use yew::prelude::*;

use wasm_bindgen_futures::JsFuture;

use crate::clock::now_utc;
use crate::core::catalog::Catalog;
use crate::core::export::{counsellor::counsellor_markdown, ics::plan_calendar, markdown};
use crate::core::words::plan_focus_line;
use crate::core::host::WidgetEvent;
use crate::core::partner::link::link_with_code;
use crate::core::scoring::score;
use crate::core::state::{Export, QrImage};
use wasm_bindgen::JsValue;
use crate::download::{offer_file, print};
use crate::core::state::{Action, Effect, Notice, PrivacyMessage};
use crate::crypto::CryptoError;
use crate::quiz::Live;
use crate::storage::Store;

/// What performing effects needs besides the state.
pub struct Performer {
    /// The words, for files made for the visitor (none while they load).
    pub text: Option<&'static Catalog>,
    pub store: Rc<Store>,
    pub dispatch: Callback<Action>,
    pub on_event: Option<Callback<WidgetEvent>>,
    pub exit_to: Rc<str>,
    pub focus: NodeRef,
    /// The loader's QR encoder (see [`crate::loader_files::LoaderFiles`]).
    pub qr: Option<js_sys::Function>,
}

/// A link to this page with `code` in it, as the visitor's partner opens it.
fn own_link(code: &str) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    link_with_code(&href, code)
}

/// The QR code the loader's encoder drew of `link`, or `None` when it could not.
async fn draw(qr: js_sys::Function, link: String, answers: bool) -> Option<QrImage> {
    let promise = qr.call1(&JsValue::NULL, &JsValue::from_str(&link)).ok()?;
    let drawn = JsFuture::from(js_sys::Promise::resolve(&promise)).await.ok()?;
    let field = |name: &str| js_sys::Reflect::get(&drawn, &JsValue::from_str(name)).ok();
    let size = field("size")?.as_f64().filter(|s| (21.0..=177.0).contains(s))? as u16;
    let path = field("path")?.as_string()?;
    Some(QrImage { answers, size, path })
}

#[hook]
pub fn use_effects(live: UseReducerHandle<Live>, performer: Performer) {
    use_effect(move || {
        let mut saved = false;
        for effect in live.outbox.take() {
            // Several saves in one batch write the latest progress once.
            if effect == Effect::Save && std::mem::replace(&mut saved, true) {
                continue;
            }
            performer.perform(&live, effect);
        }
    });
}

impl Performer {
    fn perform(&self, live: &Live, effect: Effect) {
        match effect {
            Effect::Save => self.dispatch.emit(Action::Saved(self.store.save(&live.state.progress))),
            Effect::DeleteAll => {
                if self.store.delete_all().is_err() {
                    self.dispatch.emit(Action::Privacy(PrivacyMessage::DeleteFailed));
                }
            }
            Effect::Announce(event) => {
                if let Some(cb) = &self.on_event {
                    cb.emit(WidgetEvent::Host(event));
                }
            }
            Effect::Focus => {
                if let Some(el) = self.focus.cast::<web_sys::HtmlElement>() {
                    // A heading that cannot take focus leaves focus where it was.
                    let _ = el.focus();
                }
            }
            Effect::Exit => {
                if let Some(w) = web_sys::window() {
                    // replace(), not assign(): Back must not return here. If the browser
                    // refuses, the widget is already blank.
                    let _ = w.location().replace(&self.exit_to);
                }
            }
            Effect::ForgetKey => self.store.forget_key(),
            Effect::ReplaceUrl(url) => {
                // Without a history API the code simply stays in the address.
                if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
                }
            }
            Effect::Download(Export::Counsellor) => {
                let (Some(text), state) = (self.text, &live.state) else { return };
                let date = state.progress.history.last().and_then(|h| h.date);
                let page = counsellor_markdown(text, state.own_answers(), date, state.counsellor_safety);
                if offer_file(&format!("{}.md", text.ui.counsellor_file_name), "text/markdown;charset=utf-8", &page).is_err() {
                    self.dispatch.emit(Action::Notify(Notice::DownloadFailed));
                }
            }
            Effect::Download(export) => {
                let state = &live.state;
                let (Some(text), Some(plan)) = (self.text, state.progress.plan.as_ref()) else { return };
                let (ext, mime, contents) = match export {
                    Export::Counsellor => return,
                    Export::Markdown => {
                        let focus = plan_focus_line(text, plan, &score(state.own_answers()));
                        ("md", "text/markdown;charset=utf-8", markdown::plan_markdown(plan, &state.progress.tracking, text, &focus))
                    }
                    Export::Calendar => ("ics", "text/calendar;charset=utf-8", plan_calendar(plan, text, now_utc(), state.progress.reminder)),
                };
                if offer_file(&format!("{}.{ext}", text.plan.file_name), mime, &contents).is_err() {
                    self.dispatch.emit(Action::Notify(Notice::DownloadFailed));
                }
            }
            Effect::Print => print(),
            Effect::Copy { link } => {
                let Some(code) = live.state.own_code(live.state.share_answers) else { return };
                let window = web_sys::window();
                let text = if link { own_link(&code) } else { code };
                let dispatch = self.dispatch.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let Some(window) = window else { return dispatch.emit(Action::Copied(false)) };
                    let done = JsFuture::from(window.navigator().clipboard().write_text(&text)).await;
                    dispatch.emit(Action::Copied(done.is_ok()));
                });
            }
            Effect::DrawQr { answers } => {
                let Some(code) = live.state.own_code(answers) else { return };
                let dispatch = self.dispatch.clone();
                let Some(qr) = self.qr.clone() else { return dispatch.emit(Action::QrDrawn(None)) };
                let link = own_link(&code);
                wasm_bindgen_futures::spawn_local(async move { dispatch.emit(Action::QrDrawn(draw(qr, link, answers).await)) });
            }
            Effect::Lock(passphrase) => {
                let (store, dispatch) = (self.store.clone(), self.dispatch.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    dispatch.emit(match store.lock(&passphrase).await {
                        Ok(()) => Action::LockedNow,
                        Err(_) => Action::Privacy(PrivacyMessage::NoCrypto),
                    });
                });
            }
            Effect::Unlock(passphrase) => {
                let (store, dispatch) = (self.store.clone(), self.dispatch.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    dispatch.emit(match store.unlock(&passphrase).await {
                        Ok(opened) => Action::Unlocked(Box::new(opened)),
                        Err(CryptoError::WrongPassphrase) => Action::Privacy(PrivacyMessage::WrongPassphrase),
                        Err(CryptoError::Unavailable) => Action::Privacy(PrivacyMessage::NoCrypto),
                    });
                });
            }
            Effect::RemoveLock => self.dispatch.emit(match self.store.remove_lock(&live.state.progress) {
                Ok(()) => Action::LockRemoved,
                Err(_) => Action::Notify(Notice::NotSaving),
            }),
            Effect::OpenLocked(envelope) => {
                let (store, dispatch) = (self.store.clone(), self.dispatch.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    if let Some(p) = store.open_locked(&envelope).await {
                        dispatch.emit(Action::Sync(Box::new(p)));
                    }
                });
            }
        }
    }
}
