//! Compiles the lexicon data files (`src/lexicon/data/*.tsv`) into the binary:
//! every row as static strings, and one perfect-hash map from a phrase's first
//! token to the phrases that start with it. Nothing is parsed at run time.
//!
//! File format (see the README, "Lexicons"): one entry a line,
//! `phrase|alias|alias<TAB>field<TAB>field…`; `#` starts a comment line;
//! a line `#! case = cased|exact|any` sets how the phrases match:
//! `cased` (default) — capitals in the phrase must be capitals in the text
//! (so `Turkey` matches `TURKEY` but not `turkey`); `exact` — byte for byte;
//! `any` — any case.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

#[path = "src/text/tokens.rs"]
#[allow(dead_code)]
mod tokens;

fn camel(stem: &str) -> String {
    stem.split(['_', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

fn main() {
    let dir = Path::new("src/lexicon/data");
    println!("cargo:rerun-if-changed=src/lexicon/data");
    println!("cargo:rerun-if-changed=src/text/tokens.rs");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("lexicon data dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();

    let mut out = String::new();
    let mut variants = Vec::new();
    // first token key -> list of (token count, full key, list index, row, alt)
    let mut by_first: BTreeMap<String, Vec<(usize, String, usize, usize, usize)>> = BTreeMap::new();
    let mut lists_code = String::new();

    for (li, path) in files.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
        let content = std::fs::read_to_string(path).expect("read lexicon file");
        let mut case = "Cased";
        let mut rows_code = String::new();
        let mut row = 0usize;
        for (lineno, line) in content.lines().enumerate() {
            let trimmed = line.trim_end();
            if let Some(directive) = trimmed.strip_prefix("#!") {
                let (k, v) = directive.split_once('=').unwrap_or_else(|| {
                    panic!("{}:{}: directive needs `key = value`", path.display(), lineno + 1)
                });
                match (k.trim(), v.trim()) {
                    ("case", "cased") => case = "Cased",
                    ("case", "exact") => case = "Exact",
                    ("case", "any") => case = "Any",
                    other => panic!("{}:{}: unknown directive {other:?}", path.display(), lineno + 1),
                }
                continue;
            }
            if trimmed.trim().is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = trimmed.split('\t').map(str::trim).collect();
            let _ = write!(rows_code, "&[");
            for f in &fields {
                let _ = write!(rows_code, "{f:?},");
            }
            let _ = writeln!(rows_code, "],");
            for (alt, phrase) in fields[0].split('|').enumerate() {
                let phrase = phrase.trim();
                if phrase.is_empty() {
                    continue;
                }
                let toks = tokens::tokenize(phrase);
                if toks.is_empty() {
                    continue;
                }
                let key = tokens::key_of(&toks, phrase);
                let first = tokens::key_of(&toks[..1], phrase);
                by_first.entry(first).or_default().push((toks.len(), key, li, row, alt));
            }
            row += 1;
            assert!(row < u16::MAX as usize, "{}: too many rows", path.display());
        }
        let variant = camel(&stem);
        let _ = writeln!(
            lists_code,
            "ListInfo {{ name: {stem:?}, case: CaseMode::{case}, rows: &[\n{rows_code}] }},"
        );
        variants.push(variant);
    }

    let _ = writeln!(out, "/// One variant per data file, in file-name order.");
    let _ = writeln!(out, "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]");
    let _ = writeln!(out, "pub enum List {{");
    for v in &variants {
        let _ = writeln!(out, "    {v},");
    }
    let _ = writeln!(out, "}}");
    let _ = writeln!(out, "pub const LIST_BY_INDEX: &[List] = &[");
    for v in &variants {
        let _ = writeln!(out, "    List::{v},");
    }
    let _ = writeln!(out, "];");
    let _ = writeln!(out, "pub static LISTS: &[ListInfo] = &[\n{lists_code}];");

    let mut map = phf_codegen::Map::new();
    let mut values = Vec::new();
    for (first, mut entries) in by_first {
        // longest phrases first, so the first hit at a position is the longest
        entries.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut v = String::from("&[");
        for (n, key, li, row, alt) in entries {
            let _ = write!(v, "Phrase {{ tokens: {n}, key: {key:?}, list: {li}, row: {row}, alt: {alt} }},");
        }
        v.push(']');
        values.push((first, v));
    }
    for (k, v) in &values {
        map.entry(k.as_str(), v.as_str());
    }
    let _ = writeln!(
        out,
        "/// First token (lower case) -> the phrases starting with it, longest first.\npub static BY_FIRST_TOKEN: phf::Map<&'static str, &'static [Phrase]> = {};",
        map.build()
    );

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicon_data.rs");
    std::fs::write(dest, out).expect("write generated lexicon");
}
