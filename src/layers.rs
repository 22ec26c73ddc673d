//! The house in layers, as a test: reads every module under `src/` and the paths it names
//! (`crate::…`, `super::…`), and fails on any import circle, on a core module that reaches
//! up a floor, and on a core module that reaches into the shell. The floors are the
//! README's (docs/architecture.md): leaves → domain → messages and progress → saved,
//! catalog, settings → state → words and export; the shell sits on top. Views fill no
//! template: `core::words` makes every sentence.
//!
//! Test code is left out: a module's tests may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// The floor of each core module, lowest first. A module may name its own floor and those
/// below, never one above; a core module not listed here fails the test.
const FLOORS: [&[&str]; 6] = [
    &["lang", "date", "json", "bank", "sort", "colour", "quick_exit"],
    &["answer", "scoring", "plan", "partner", "locked", "safety"],
    &["messages", "progress", "host"],
    &["saved", "catalog", "settings"],
    &["state"],
    &["words", "export"],
];

fn floor(core_module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&core_module))
}

/// One source file: its module path (`core::state::reduce::plan`) and its code without
/// comments and without its `#[cfg(test)]` tail.
struct Source {
    module: Vec<String>,
    code: String,
}

/// The node a module path belongs to: `core::<child>` inside the core, the top-level module
/// in the shell.
fn node(module: &[String]) -> Option<String> {
    match module {
        [core, child, ..] if core == "core" => Some(format!("core::{child}")),
        [core] if core == "core" => None,
        [top, ..] => Some(top.clone()),
        [] => None,
    }
}

/// Drops `//` comments (not `://` in addresses) and an inline `#[cfg(test)] mod … {` with
/// everything after it (test modules close a file).
fn code_of(text: &str) -> String {
    let mut end = text.len();
    for (i, _) in text.match_indices("#[cfg(test)]") {
        let after = text[i + "#[cfg(test)]".len()..].trim_start();
        if let Some(decl) = after.strip_prefix("mod ") {
            if decl.split_whitespace().nth(1).is_some_and(|t| t.starts_with('{')) {
                end = i;
                break;
            }
        }
    }
    let text = &text[..end];
    let mut out = String::new();
    for line in text.lines() {
        let mut cut = line.len();
        let bytes = line.as_bytes();
        for i in 0..bytes.len().saturating_sub(1) {
            if bytes[i] == b'/' && bytes[i + 1] == b'/' && (i == 0 || bytes[i - 1] != b':') {
                cut = i;
                break;
            }
        }
        out.push_str(&line[..cut]);
        out.push('\n');
    }
    out
}

/// Test-only modules, declared under `#[cfg(test)]` by their parent (`mod tests;`).
fn test_modules(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(i) = rest.find("#[cfg(test)]") {
        rest = &rest[i + "#[cfg(test)]".len()..];
        let after = rest.trim_start().trim_start_matches("pub ").trim_start_matches("pub(crate) ");
        if let Some(decl) = after.strip_prefix("mod ") {
            let name: String = decl.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if decl[name.len()..].trim_start().starts_with(';') {
                out.insert(name);
            }
        }
    }
    out
}

/// Reads the `.rs` files of `dir`, the module `module`, leaving out the test-only modules
/// `skip` that the module's own file declares.
fn read(dir: &Path, module: &[String], skip: &BTreeSet<String>, out: &mut Vec<Source>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("src/ is readable").flatten().map(|e| e.path()).collect();
    entries.sort();
    let text_of = |p: &Path| fs::read_to_string(p).unwrap_or_default();
    for path in entries {
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        if skip.contains(&stem) {
            continue;
        }
        let own: Vec<String> = module.iter().cloned().chain([stem.clone()]).collect();
        if path.is_dir() {
            // A folder with no file of its name is a module with a mod.rs.
            if !dir.join(format!("{stem}.rs")).exists() {
                read(&path, &own, &test_modules(&text_of(&path.join("mod.rs"))), out);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = text_of(&path);
            let itself = ["mod", "lib", "main"].contains(&stem.as_str());
            out.push(Source { module: if itself { module.to_vec() } else { own.clone() }, code: code_of(&text) });
            if !itself && dir.join(&stem).is_dir() {
                read(&dir.join(&stem), &own, &test_modules(&text), out);
            }
        }
    }
}

/// The modules a source names: each `crate::a::b` and `super::…` path, resolved, including
/// the first names inside a `{…}` group (`crate::core::{bank, state}`).
fn named(source: &Source) -> Vec<Vec<String>> {
    let code = &source.code;
    let mut out = Vec::new();
    let ident = |s: &str| -> String { s.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect() };
    for (start, base) in [("crate::", Vec::new()), ("super::", source.module.clone())] {
        let mut from = 0;
        while let Some(i) = code[from..].find(start) {
            let at = from + i;
            from = at + start.len();
            // Not the tail of a longer path (`intimacy_check::crate` does not occur; `x::super` does not either).
            if at > 0 && (code.as_bytes()[at - 1].is_ascii_alphanumeric() || code.as_bytes()[at - 1] == b'_') {
                continue;
            }
            let mut path = base.clone();
            let mut rest = &code[at..];
            if start == "super::" {
                while let Some(r) = rest.strip_prefix("super::") {
                    path.pop();
                    rest = r;
                }
            } else {
                rest = &rest["crate::".len()..];
            }
            loop {
                if let Some(group) = rest.strip_prefix('{') {
                    let inner = &group[..group.find('}').unwrap_or(group.len())];
                    for item in inner.split(',') {
                        let first = ident(item.trim());
                        if !first.is_empty() && first != "self" {
                            let mut p = path.clone();
                            p.push(first);
                            out.push(p);
                        }
                    }
                    break;
                }
                let seg = ident(rest);
                if seg.is_empty() {
                    break;
                }
                path.push(seg.clone());
                rest = &rest[seg.len()..];
                match rest.strip_prefix("::") {
                    Some(r) => rest = r,
                    None => break,
                }
            }
            out.push(path);
        }
    }
    out
}

/// Every edge between nodes, with the files that make it.
fn graph() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = fs::read_to_string(src.join("lib.rs")).unwrap();
    let mut sources = Vec::new();
    read(&src, &[], &test_modules(&lib), &mut sources);
    assert!(sources.len() > 50, "read {} files", sources.len());
    let mut edges: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for s in &sources {
        let Some(from) = node(&s.module) else { continue };
        edges.entry(from.clone()).or_default();
        for path in named(s) {
            if let Some(to) = node(&path).filter(|to| *to != from) {
                edges.get_mut(&from).unwrap().entry(to).or_default().insert(s.module.join("::"));
            }
        }
    }
    edges
}

#[test]
fn no_module_imports_in_a_circle() {
    let edges = graph();
    // Depth-first search; a node met again on the current path closes a circle.
    fn visit<'a>(
        n: &'a str,
        edges: &'a BTreeMap<String, BTreeMap<String, BTreeSet<String>>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| *p == n) {
            let mut circle: Vec<String> = path[i..].iter().map(|s| s.to_string()).collect();
            circle.push(n.to_string());
            return Some(circle);
        }
        if done.contains(n) {
            return None;
        }
        path.push(n);
        for to in edges.get(n).into_iter().flat_map(|m| m.keys()) {
            if let Some(c) = visit(to, edges, path, done) {
                return Some(c);
            }
        }
        path.pop();
        done.insert(n);
        None
    }
    let mut done = BTreeSet::new();
    for n in edges.keys() {
        if let Some(circle) = visit(n, &edges, &mut Vec::new(), &mut done) {
            let why: Vec<String> = circle
                .windows(2)
                .map(|w| format!("{} → {} (in {:?})", w[0], w[1], edges[&w[0]].get(&w[1]).map(|f| f.iter().collect::<Vec<_>>())))
                .collect();
            panic!("import circle: {}", why.join(", "));
        }
    }
}

#[test]
fn the_core_stands_on_its_floors_and_never_reaches_the_shell() {
    let edges = graph();
    let mut wrong = Vec::new();
    for (from, tos) in &edges {
        let Some(module) = from.strip_prefix("core::") else { continue };
        let Some(own) = floor(module) else {
            wrong.push(format!("core::{module} has no floor in FLOORS"));
            continue;
        };
        for (to, files) in tos {
            match to.strip_prefix("core::").map(floor) {
                Some(Some(f)) if f <= own => {}
                Some(Some(f)) => wrong.push(format!("{from} (floor {own}) names {to} (floor {f}) in {files:?}")),
                Some(None) => wrong.push(format!("{to} has no floor in FLOORS")),
                None => wrong.push(format!("{from} names the shell's {to} in {files:?}")),
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn views_and_the_context_handle_do_no_io() {
    // Storage, crypto, files, the clock and the clipboard are reached only through effects.
    let edges = graph();
    for view in ["components", "quiz"] {
        for io in ["storage", "crypto", "download", "clock"] {
            assert!(!edges[view].contains_key(io), "{view} names {io} in {:?}", edges[view][io]);
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/components");
    for entry in fs::read_dir(src).unwrap().flatten() {
        let code = code_of(&fs::read_to_string(entry.path()).unwrap());
        assert!(!code.contains("clipboard") && !code.contains("local_storage"), "{:?} does I/O", entry.path());
    }
}

#[test]
fn views_build_no_sentence() {
    // Sentences made from templates come from `core::words`; views only look labels up.
    let edges = graph();
    for view in ["components", "quiz", "provider"] {
        assert!(!edges[view].contains_key("core::export"), "{view} names the exporters in {:?}", edges[view]["core::export"]);
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files: Vec<_> = fs::read_dir(src.join("components")).unwrap().flatten().map(|e| e.path()).collect();
    files.extend(["quiz.rs", "provider.rs", "app.rs"].map(|f| src.join(f)));
    for path in files {
        let code = code_of(&fs::read_to_string(&path).unwrap());
        assert!(!code.contains("fill(") && !code.contains("catalog::fill"), "{path:?} fills a template");
    }
}

#[test]
fn the_reader_sees_paths_groups_and_supers() {
    let s = Source {
        module: vec!["core".into(), "state".into(), "reduce".into()],
        code: code_of("use super::super::bank::X;\nuse crate::core::{lang::Lang, safety};\n// use crate::app::Nope;\nlet u = \"https://x\";"),
    };
    let named = named(&s);
    assert!(named.contains(&vec!["core".into(), "bank".into(), "X".into()]), "{named:?}");
    assert!(named.contains(&vec!["core".into(), "lang".into()]), "{named:?}");
    assert!(named.contains(&vec!["core".into(), "safety".into()]), "{named:?}");
    assert!(!named.iter().any(|p| p.contains(&"app".to_string())), "comments are not code");
    assert_eq!(test_modules("#[cfg(test)]\nmod tests;\n#[cfg(test)]\nmod inline {"), BTreeSet::from(["tests".to_string()]));
}

