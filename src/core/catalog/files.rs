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

/// A language file's entries in order. The files are flat objects of strings, so this reads
/// just that (with JSON's escapes) and panics on anything else: a broken file fails the tests.
pub fn entries(json: &str) -> Vec<(String, String)> {
    let mut r = Reader(json.chars().collect(), 0);
    let mut out = Vec::new();
    r.expect('{');
    loop {
        let key = r.string();
        r.expect(':');
        let text = r.string();
        out.push((key, text));
        if r.expect_one(",}") == '}' {
            r.skip_space();
            assert_eq!(r.1, r.0.len(), "text after the closing brace");
            return out;
        }
    }
}

struct Reader(Vec<char>, usize);

impl Reader {
    fn skip_space(&mut self) {
        while self.0.get(self.1).is_some_and(|c| c.is_whitespace()) {
            self.1 += 1;
        }
    }

    fn take(&mut self) -> char {
        let c = *self.0.get(self.1).expect("the file ends too early");
        self.1 += 1;
        c
    }

    fn expect_one(&mut self, want: &str) -> char {
        self.skip_space();
        let c = self.take();
        assert!(want.contains(c), "expected one of {want:?} at {}, found {c:?}", self.1);
        c
    }

    fn expect(&mut self, want: char) {
        self.expect_one(&want.to_string());
    }

    fn string(&mut self) -> String {
        self.expect('"');
        let mut out = String::new();
        loop {
            match self.take() {
                '"' => return out,
                '\\' => match self.take() {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'u' => {
                        let hex: String = (0..4).map(|_| self.take()).collect();
                        let code = u32::from_str_radix(&hex, 16).expect("a \\u escape");
                        out.push(char::from_u32(code).expect("no surrogates in the texts"));
                    }
                    c if "\"\\/".contains(c) => out.push(c),
                    c => panic!("unknown escape \\{c}"),
                },
                c => {
                    assert!(c >= ' ', "a control character in a string");
                    out.push(c);
                }
            }
        }
    }
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
