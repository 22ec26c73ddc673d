//! The language files in `texts/`, read for the native tests: the same files the widget
//! fetches, so every test of the words tests what ships.

use std::sync::OnceLock;

use super::{Catalog, Lang};

/// The file of a language, as shipped.
pub fn file(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("../../../texts/en.json"),
        Lang::Es => include_str!("../../../texts/es.json"),
    }
}

/// A language file's entries in order: a flat object of texts. Anything else fails the tests.
pub fn entries(file: &str) -> Vec<(String, String)> {
    let json = crate::core::json::parse(file).expect("a language file is JSON");
    let pairs = json.as_object().expect("a language file is one object");
    pairs.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_else(|| panic!("{k} is not text")).to_string())).collect()
}

/// The catalog of a language, read once from its file.
pub fn catalog(lang: Lang) -> &'static Catalog {
    static CATALOGS: [OnceLock<Catalog>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
    CATALOGS[lang as usize].get_or_init(|| {
        let entries = entries(file(lang));
        let get = |key: &str| entries.iter().find(|(k, _)| k == key).map(|(_, t)| t.clone());
        let loaded = Catalog::read(&get, Vec::new());
        assert!(loaded.missing.is_empty(), "texts/{}.json lacks {:?}", lang.tag(), loaded.missing);
        loaded.catalog
    })
}
