//! Component tests in headless Chromium (`cargo test --target wasm32-unknown-unknown --test browser`).
//! Each test mounts the real widget into a fresh element with its own storage namespace.

#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use intimacy_check::core::bank::{is_check, ASKED};
use intimacy_check::core::settings::Settings;
use intimacy_check::loader_files::LoaderFiles;
use intimacy_check::{App, AppProps};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

/// The language files as the loader gives them: the shipped files, parsed by the browser.
fn files() -> Option<LoaderFiles> {
    files_while(Rc::new(Cell::new(true)))
}

/// The language files while `online` holds; a failed fetch (the network dropped) otherwise.
fn files_while(online: Rc<Cell<bool>>) -> Option<LoaderFiles> {
    let lang = Closure::<dyn Fn(String) -> js_sys::Promise>::new(move |tag: String| {
        if !online.get() {
            return js_sys::Promise::reject(&JsValue::from_str("offline"));
        }
        let file = if tag == "es" { include_str!("../texts/es.json") } else { include_str!("../texts/en.json") };
        js_sys::Promise::resolve(&js_sys::JSON::parse(file).unwrap())
    });
    let custom = Closure::<dyn Fn(String) -> js_sys::Promise>::new(|_: String| js_sys::Promise::reject(&JsValue::NULL));
    Some(LoaderFiles { lang: lang.into_js_value().unchecked_into(), custom: custom.into_js_value().unchecked_into(), qr: None })
}

/// Waits (a macrotask at a time, at most a few seconds) until `done` holds.
async fn until(what: &str, done: impl Fn() -> bool) {
    for _ in 0..500 {
        yew::scheduler::flush().await;
        if done() {
            return;
        }
        let tick = js_sys::Promise::new(&mut |done, _| {
            web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&done, 5).unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
    }
    panic!("{what} never happened");
}

/// Waits until the widget shows its words.
async fn words_shown(root: &Element) {
    until("the widget showing its words", || root.query_selector("button").unwrap().is_some()).await;
}

/// Mounts the widget with a storage namespace of its own, after clearing what it saved before.
async fn mount(namespace: &str) -> Element {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item(&format!("intimacy-check:{namespace}")).unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let settings = Settings { storage_key: Some(namespace.into()), ..Settings::default() };
    let props = AppProps { settings: Rc::new(settings), on_event: None, files: files() };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    words_shown(&root).await;
    root
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn button(root: &Element, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().trim() == label)
        .unwrap_or_else(|| panic!("no button {label:?}"))
        .unchecked_into()
}

fn radios(root: &Element) -> Vec<HtmlInputElement> {
    let list = root.query_selector_all("fieldset input[type=radio]").unwrap();
    (0..list.length()).filter_map(|i| list.item(i)).map(|n| n.unchecked_into()).collect()
}

#[wasm_bindgen_test]
async fn a_question_is_a_radio_group_with_nothing_chosen() {
    let root = mount("browser-radio-group").await;
    button(&root, "Start the quiz").click();
    yew::scheduler::flush().await;

    let legend = find(&root, "fieldset > legend");
    assert_eq!(legend.text_content().unwrap().trim(), "I can be my real self around my partner.");
    let radios = radios(&root);
    assert_eq!(radios.len(), 5);
    let name = radios[0].name();
    assert!(radios.iter().all(|r| r.name() == name), "one group");
    assert!(radios.iter().all(|r| !r.checked()), "nothing pre-selected");
    // Each radio sits inside its label, so the label text is its accessible name.
    let labels: Vec<String> = radios
        .iter()
        .map(|r| r.parent_element().unwrap().text_content().unwrap().trim().to_string())
        .collect();
    assert_eq!(labels, ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]);
    assert!(find(&root, ".ic-progress-text").text_content().unwrap().contains(&format!("Question 1 of {ASKED}")));
}

#[wasm_bindgen_test]
async fn choosing_an_option_updates_and_saves_the_state() {
    let root = mount("browser-choose").await;
    button(&root, "Start the quiz").click();
    yew::scheduler::flush().await;
    assert!(button(&root, "Skip this one").is_connected(), "unanswered: the action is to skip");

    radios(&root)[3].click(); // "Agree"
    yew::scheduler::flush().await;
    let radios = radios(&root);
    assert!(radios[3].checked());
    assert!(radios.iter().enumerate().all(|(i, r)| r.checked() == (i == 3)));
    assert!(button(&root, "Continue").is_connected(), "answered: the action is to continue");

    let saved = web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("intimacy-check:browser-choose")
        .unwrap()
        .expect("saved at once");
    assert!(saved.contains("\"safety-real-self\":4"), "{saved}");

    button(&root, "Continue").click();
    yew::scheduler::flush().await;
    assert!(find(&root, ".ic-progress-text").text_content().unwrap().contains(&format!("Question 2 of {ASKED}")));
    button(&root, "Back").click();
    yew::scheduler::flush().await;
    assert!(self::radios(&root)[3].checked(), "the answer is kept when going back");
}

#[wasm_bindgen_test]
async fn the_lock_encrypts_with_a_fresh_iv_and_only_the_right_passphrase_opens_it() {
    use intimacy_check::core::locked::{LockedEnvelope, ITERATIONS, IV_BYTES, SALT_BYTES};
    use intimacy_check::crypto::{CryptoError, Sealer};

    let sealer = Sealer::create("blue harbour morning").await.expect("WebCrypto");
    let text = r#"{"version":2,"answers":{"safety-real-self":4}}"#;
    let one = sealer.seal(text).await.unwrap();
    let two = sealer.seal(text).await.unwrap();
    assert_eq!(one.iterations, ITERATIONS);
    assert_eq!((one.salt.len(), one.iv.len()), (SALT_BYTES, IV_BYTES));
    assert_ne!(one.iv, two.iv, "a fresh IV on every write");
    assert_ne!(one.ciphertext, two.ciphertext);
    assert!(!String::from_utf8_lossy(&one.ciphertext).contains("safety"));

    let stored = LockedEnvelope::parse(&one.format()).unwrap();
    let (_, opened) = Sealer::open("blue harbour morning", &stored).await.unwrap();
    assert_eq!(opened, text);
    assert_eq!(Sealer::open("blue harbour evening", &stored).await.err(), Some(CryptoError::WrongPassphrase));
    let mut tampered = stored.clone();
    tampered.ciphertext[0] ^= 1;
    assert_eq!(Sealer::open("blue harbour morning", &tampered).await.err(), Some(CryptoError::WrongPassphrase));
}

#[wasm_bindgen_test]
async fn the_host_hears_ready_and_nothing_else_on_load() {
    use std::cell::RefCell;
    use intimacy_check::WidgetEvent;

    let heard: Rc<RefCell<Vec<&'static str>>> = Rc::default();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let sink = heard.clone();
    let props = AppProps {
        settings: Rc::new(Settings { storage_key: Some("browser-events".into()), ..Settings::default() }),
        on_event: Some(yew::Callback::from(move |e: WidgetEvent| sink.borrow_mut().push(e.name()))),
        files: files(),
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    words_shown(&root).await;
    assert_eq!(*heard.borrow(), ["ready"]);
}

#[wasm_bindgen_test]
async fn with_no_language_file_the_widget_says_so_and_try_again_loads_it() {
    let online = Rc::new(Cell::new(false));
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let settings = Settings { storage_key: Some("browser-no-words".into()), ..Settings::default() };
    let props = AppProps { settings: Rc::new(settings), on_event: None, files: files_while(online.clone()) };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    words_shown(&root).await;
    let alert = find(&root, "[role=alert]");
    assert!(alert.text_content().unwrap().contains("The quiz could not load."));
    // Still offline: trying again says so again, with the button still there.
    button(&root, "Try again").click();
    until("the second attempt failing", || root.query_selector("[role=alert]").unwrap().is_some()).await;
    online.set(true);
    button(&root, "Try again").click();
    until("the intro after the network came back", || root.query_selector(".ic-intro").unwrap().is_some()).await;
    assert!(root.query_selector("[role=alert]").unwrap().is_none(), "the failure is gone");
    button(&root, "Start the quiz");
}

/// The wasm's memory in bytes (it only ever grows, so it shows the allocator's high-water mark).
fn memory_bytes() -> f64 {
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    memory.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64
}

/// One visitor's round: start, answer all the scored statements (a different pattern each
/// round) and the safety check calmly ("Strongly disagree"), reach the results, make a plan,
/// then start again (confirmed).
async fn one_round(root: &Element, round: usize) {
    button(root, "Start the quiz").click();
    yew::scheduler::flush().await;
    for q in 0..ASKED {
        radios(root)[if is_check(q) { 0 } else { (q + round) % 5 }].click();
        yew::scheduler::flush().await;
        button(root, if q + 1 == ASKED { "See my results" } else { "Continue" }).click();
        yew::scheduler::flush().await;
    }
    button(root, "Make my plan").click();
    yew::scheduler::flush().await;
    button(root, "Start again").click();
    yew::scheduler::flush().await;
    button(root, "Yes, clear my answers").click();
    yew::scheduler::flush().await;
    // Let the browser (and the test runner polling it) have its turn between rounds.
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(tick).await.unwrap();
}

#[wasm_bindgen_test]
async fn a_long_session_does_not_grow_memory() {
    // The allocator (lol_alloc's free list) must reuse what a long session frees: after a
    // few rounds to warm up, many more rounds of the whole quiz and a plan stay in the same
    // memory.
    let root = mount("browser-long-session").await;
    for round in 0..3 {
        one_round(&root, round).await;
    }
    let warm = memory_bytes();
    for round in 3..25 {
        one_round(&root, round).await;
    }
    let after = memory_bytes();
    console_log!("memory after 3 rounds: {warm} bytes; after 25 rounds: {after} bytes");
    assert!(after <= warm + 65536.0, "memory grew from {warm} to {after} bytes over 22 rounds");
}

#[wasm_bindgen_test]
async fn after_a_panic_the_box_says_what_happened_in_its_own_language() {
    // A real panic aborts the wasm (and this test run), so this calls what the panic hook
    // calls: every widget mounted through `mount` shows the built-in message instead.
    use intimacy_check::core::catalog::offline::went_wrong;
    use intimacy_check::core::lang::Lang;
    use intimacy_check::failure::show_failure;

    let mut roots = Vec::new();
    for (namespace, lang) in [("browser-failure-en", Lang::En), ("browser-failure-es", Lang::Es)] {
        let root = document().create_element("div").unwrap();
        document().body().unwrap().append_child(&root).unwrap();
        let settings = Settings { storage_key: Some(namespace.into()), lang, ..Settings::default() };
        intimacy_check::mount(root.clone(), AppProps { settings: Rc::new(settings), on_event: None, files: files() });
        words_shown(&root).await;
        roots.push(root);
    }
    assert!(roots[0].query_selector("button").unwrap().is_some(), "the intro is on screen first");

    show_failure();
    for (root, (text, lang)) in roots.iter().zip([(went_wrong(Lang::En), "en"), (went_wrong(Lang::Es), "es")]) {
        let message = find(root, "div.ic[role=alert]");
        assert_eq!(message.text_content().unwrap(), text);
        assert_eq!(message.get_attribute("lang").as_deref(), Some(lang));
        assert_eq!(message.child_element_count(), 0, "nothing else is left in the box");
        assert_eq!(root.child_element_count(), 1);
    }
    for root in &roots {
        intimacy_check::failure::forget(root);
    }
}
