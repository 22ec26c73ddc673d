//! `Store` and its registry in headless Chromium, on real localStorage
//! (`cargo test --target wasm32-unknown-unknown --test store`): a write reads back, full
//! storage is a typed error that loses nothing, another tab's change and another widget's
//! change reach a watcher, and deleting removes the widget's keys only.

#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use intimacy_check::core::answer::Answer;
use intimacy_check::core::saved;
use intimacy_check::core::state::{Progress, StorageError, StorageNews};
use intimacy_check::storage::Store;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// A store with nothing saved under its namespace.
fn fresh(namespace: &str) -> Store {
    storage().remove_item(&format!("intimacy-check:{namespace}")).unwrap();
    Store::new(Some(namespace))
}

fn progress(answer: Answer) -> Progress {
    let mut p = Progress::default();
    p.answers.set(0, answer);
    p.answers.set(5, Answer::Disagree);
    p
}

/// What a watcher heard.
fn listen(store: &Store) -> (Rc<RefCell<Vec<StorageNews>>>, intimacy_check::storage::Watch) {
    let heard: Rc<RefCell<Vec<StorageNews>>> = Rc::default();
    let sink = heard.clone();
    let watch = store.watch(yew::Callback::from(move |n| sink.borrow_mut().push(n)));
    (heard, watch)
}

#[wasm_bindgen_test]
fn a_write_reads_back_in_a_new_store_and_nothing_is_written_for_nothing() {
    let store = fresh("store-roundtrip");
    store.save(&Progress::default()).unwrap();
    assert_eq!(storage().get_item("intimacy-check:store-roundtrip").unwrap(), None, "an empty visit leaves nothing behind");
    let p = progress(Answer::Agree);
    store.save(&p).unwrap();
    let raw = storage().get_item("intimacy-check:store-roundtrip").unwrap().unwrap();
    assert_eq!(raw, saved::encode(&p), "written in the saved format");
    let opened = Store::new(Some("store-roundtrip")).load();
    assert_eq!((opened.progress, opened.notice, opened.locked, opened.read_only), (p, None, false, false));
}

#[wasm_bindgen_test]
fn a_damaged_save_is_backed_up_before_anything_else() {
    let store = fresh("store-damaged");
    let damaged = r#"{"version":3,"answers":{"safety-real-self":4,"time-just-us":9},"round":"x"}"#;
    storage().set_item("intimacy-check:store-damaged", damaged).unwrap();
    let opened = store.load();
    assert!(opened.notice.is_some(), "the visitor is told");
    assert_eq!(opened.progress.answers.len(), 1, "the answer that could be read is kept");
    let backup = storage().get_item(&store.backup_key()).unwrap().unwrap();
    assert_eq!(backup, damaged, "the original is kept aside as it was");
    storage().remove_item(&store.backup_key()).unwrap();
}

#[wasm_bindgen_test]
fn full_storage_is_a_typed_error_and_the_last_good_save_stays() {
    let store = fresh("store-full");
    let first = progress(Answer::Agree);
    store.save(&first).unwrap();
    // Fill what is left of the quota with filler keys of halving size.
    let mut filler = Vec::new();
    let mut chunk = "x".repeat(1 << 20);
    while chunk.len() > 16 {
        let key = format!("store-test-filler-{}", filler.len());
        if storage().set_item(&key, &chunk).is_ok() {
            filler.push(key);
        } else {
            chunk.truncate(chunk.len() / 2);
        }
    }
    let mut bigger = progress(Answer::StronglyAgree);
    for i in 0..20 {
        bigger.answers.set(i, Answer::Agree);
    }
    let result = store.save(&bigger);
    for key in &filler {
        storage().remove_item(key).unwrap();
    }
    assert_eq!(result, Err(StorageError::WriteFailed));
    assert_eq!(Store::new(Some("store-full")).load().progress, first, "the last good save is still there");
    store.save(&bigger).unwrap();
    assert_eq!(Store::new(Some("store-full")).load().progress, bigger, "with room again, it saves");
}

#[wasm_bindgen_test]
fn another_widget_on_the_page_hears_a_save_and_the_writer_does_not() {
    let (one, two) = (fresh("store-shared"), Store::new(Some("store-shared")));
    let other = Store::new(Some("store-elsewhere"));
    let (heard_one, _w1) = listen(&one);
    let (heard_two, _w2) = listen(&two);
    let (heard_other, _w3) = listen(&other);
    let p = progress(Answer::Agree);
    one.save(&p).unwrap();
    assert_eq!(*heard_two.borrow(), [StorageNews::Shared(p)]);
    assert!(heard_one.borrow().is_empty(), "the writer is not told of its own write");
    assert!(heard_other.borrow().is_empty(), "another storage key hears nothing");
}

#[wasm_bindgen_test]
fn another_tabs_change_reaches_the_watcher() {
    let store = fresh("store-tab");
    let (heard, _watch) = listen(&store);
    let theirs = progress(Answer::StronglyDisagree);
    let tab = |key: Option<&str>, value: Option<&str>| {
        let init = web_sys::StorageEventInit::new();
        init.set_key(key);
        init.set_new_value(value);
        let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
        web_sys::window().unwrap().dispatch_event(&event).unwrap();
    };
    tab(Some("intimacy-check:store-tab"), Some(&saved::encode(&theirs)));
    tab(Some("intimacy-check:store-tab"), Some("not a save"));
    tab(Some("intimacy-check:store-other"), Some(&saved::encode(&theirs)));
    tab(Some("intimacy-check:store-tab"), None);
    tab(None, None);
    assert_eq!(
        *heard.borrow(),
        [StorageNews::Saved(theirs), StorageNews::Removed, StorageNews::Cleared],
        "unreadable data and other keys are not news"
    );
}

#[wasm_bindgen_test]
fn delete_all_removes_every_widget_key_and_only_those() {
    let (store, other) = (fresh("store-delete"), Store::new(Some("store-delete-2")));
    let (heard_other, _w) = listen(&other);
    store.save(&progress(Answer::Agree)).unwrap();
    other.save(&progress(Answer::Disagree)).unwrap();
    storage().set_item("host-page-setting", "kept").unwrap();
    storage().set_item("intimacy-checker", "not ours either").unwrap();
    store.delete_all().unwrap();
    assert_eq!(storage().get_item("intimacy-check:store-delete").unwrap(), None);
    assert_eq!(storage().get_item("intimacy-check:store-delete-2").unwrap(), None);
    assert_eq!(storage().get_item("host-page-setting").unwrap().as_deref(), Some("kept"));
    assert_eq!(storage().get_item("intimacy-checker").unwrap().as_deref(), Some("not ours either"));
    assert!(heard_other.borrow().contains(&StorageNews::Removed), "the other widget is told");
    storage().remove_item("host-page-setting").unwrap();
    storage().remove_item("intimacy-checker").unwrap();
}
