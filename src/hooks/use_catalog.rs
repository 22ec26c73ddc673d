//! Fetches the catalog for the language wanted, keeping the words on screen while another
//! language loads, and offering to try again when nothing could be read.

use yew::prelude::*;

use crate::core::catalog::Catalog;
use crate::core::lang::Lang;
use crate::loader_files::{load, LoaderFiles};

/// Where the words are.
#[derive(Clone, Copy)]
pub enum Words {
    Loading,
    Ready(Lang, &'static Catalog),
    /// No language file could be read.
    Failed,
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Words::Ready(a, x), Words::Ready(b, y)) => a == b && std::ptr::eq(*x, *y),
            (Words::Loading, Words::Loading) | (Words::Failed, Words::Failed) => true,
            _ => false,
        }
    }
}

/// The words for `lang` with the practice's own from `custom`, and a callback to try again.
#[hook]
pub fn use_catalog(files: Option<LoaderFiles>, lang: Lang, custom: Option<String>) -> (Words, Callback<()>) {
    let texts = use_state(|| Words::Loading);
    let attempt = use_state(|| 0u32);
    // Only the newest request may set the words (a quick switch back and forth).
    let newest = use_mut_ref(|| (lang, custom.clone(), 0u32));
    {
        let texts = texts.clone();
        use_effect_with((lang, custom, *attempt), move |(lang, custom, attempt)| {
            let request = (*lang, custom.clone(), *attempt);
            *newest.borrow_mut() = request.clone();
            match files {
                None => texts.set(Words::Failed),
                Some(files) => wasm_bindgen_futures::spawn_local(async move {
                    let result = load(&files, request.0, request.1.as_deref()).await;
                    if *newest.borrow() == request {
                        texts.set(match result {
                            Ok((lang, catalog)) => Words::Ready(lang, catalog),
                            Err(()) => Words::Failed,
                        });
                    }
                }),
            }
        });
    }
    let retry = {
        let (texts, attempt) = (texts.clone(), attempt.clone());
        Callback::from(move |()| {
            texts.set(Words::Loading);
            attempt.set(*attempt + 1);
        })
    };
    (*texts, retry)
}
