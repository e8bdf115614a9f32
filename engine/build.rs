//! Compiles the lexicon data files (`src/lexicon/data/*.tsv`) into the binary
//! as a few compact tables: the rows of every list as one string, and a hash
//! table of every word that occurs in a phrase, from which the phrases
//! starting with a word are found. Nothing is parsed per call; the rows are
//! split into fields once per process (see `lexicon::lists`).
//!
//! File format (see the README, "Lexicons"): one entry a line,
//! `phrase|alias|alias<TAB>field<TAB>field…`; `#` starts a comment line;
//! a line `#! case = cased|exact|any` sets how the phrases match:
//! `cased` (default) — capitals in the phrase must be capitals in the text
//! (so `Turkey` matches `TURKEY` but not `turkey`); `exact` — byte for byte;
//! `any` — any case.
//!
//! Generated: `ROWS_TEXT`, the rows of all lists in list order, fields
//! joined by tabs, rows by newlines; `LIST_ROWS`, the number of rows of each
//! list; the `List` enum, names and case modes. The phrase index is built
//! from the rows at first use (`lexicon::index`); here the phrases are only
//! checked against the index's limits, so bad data fails the build.

use std::fmt::Write as _;
use std::path::Path;

#[path = "src/text/case.rs"]
#[allow(dead_code)]
mod case;

#[path = "src/text/tokens.rs"]
#[allow(dead_code)]
mod tokens;

#[path = "src/lexicon/phrase.rs"]
#[allow(dead_code)] // list and row are the index's
mod phrase;

/// `static NAME: [u16 or u32; N] = [...];`, the narrowest type that holds the values.
fn int_array(out: &mut String, doc: &str, name: &str, values: &[usize]) {
    let ty = if values.iter().all(|&v| v <= u16::MAX as usize) { "u16" } else { "u32" };
    let _ = write!(out, "/// {doc}\nstatic {name}: [{ty}; {}] = [", values.len());
    for v in values {
        let _ = write!(out, "{v},");
    }
    let _ = writeln!(out, "];");
}

fn camel(stem: &str) -> String {
    stem.split(['_', '-'])
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect()
}

/// A sorted word list front-coded: each line as the number of bytes it
/// shares with the line before (one byte), the rest of it and a newline.
/// Sorted lists shrink by a quarter in the compressed wasm this way
/// (`lexicon::sorted_list` decodes them once per process).
fn front_code(list: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(list.len());
    let mut prev: &[u8] = b"";
    for line in list.lines().map(str::as_bytes) {
        let shared = line.iter().zip(prev).take(255).take_while(|(a, b)| a == b).count();
        out.push(shared as u8);
        out.extend_from_slice(&line[shared..]);
        out.push(b'\n');
        prev = line;
    }
    out
}

fn main() {
    for list in ["cities", "common_words"] {
        let path = format!("src/lexicon/data/{list}.txt");
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read_to_string(&path).expect("read sorted list");
        let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join(format!("{list}.front"));
        std::fs::write(dest, front_code(&text)).expect("write front-coded list");
    }
    let dir = Path::new("src/lexicon/data");
    println!("cargo:rerun-if-changed=src/lexicon/data");
    println!("cargo:rerun-if-changed=src/text/tokens.rs");
    println!("cargo:rerun-if-changed=src/text/case.rs");
    println!("cargo:rerun-if-changed=src/lexicon/phrase.rs");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("lexicon data dir")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "tsv"))
        .collect();
    files.sort();

    let mut variants = Vec::new();
    let mut names = Vec::new();
    let mut cases = Vec::new();
    let mut row_counts = Vec::new();
    let mut rows_text = String::new();
    let mut derived = Vec::new();
    let mut phrases = 0usize;

    for (li, path) in files.iter().enumerate() {
        println!("cargo:rerun-if-changed={}", path.display());
        let stem = path.file_stem().unwrap().to_str().unwrap().to_string();
        let content = std::fs::read_to_string(path).expect("read lexicon file");
        let mut case = "Cased";
        // `#! derived = countries`: the rows are made from countries.tsv at
        // first use (lexicon::derived), not compiled in; still checked here
        let mut from_countries = false;
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
                    ("derived", "countries") => from_countries = true,
                    other => panic!("{}:{}: unknown directive {other:?}", path.display(), lineno + 1),
                }
                continue;
            }
            if trimmed.trim().is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = trimmed.split('\t').map(str::trim).collect();
            if !from_countries {
                if !rows_text.is_empty() {
                    rows_text.push('\n');
                }
                rows_text.push_str(&fields.join("\t"));
            }
            let checked = |p: &str| match case {
                "Exact" => true,
                "Cased" => p.chars().any(char::is_uppercase),
                _ => false,
            };
            let words = |p: &str| tokens::tokenize(p).iter().map(|t| tokens::key_of(std::slice::from_ref(t), p)).collect();
            for p in phrase::phrases_of_field(fields[0], li, row, checked, words) {
                assert!(p.words.len() < 256 && p.alt < 256 && li < 256, "{}: phrase {:?} too long", path.display(), p.words);
                if let Some((at, len)) = p.check {
                    assert!(at < 256 && len < 256, "{}: phrase {:?}: field 0 too long", path.display(), p.words);
                }
                phrases += 1;
            }
            row += 1;
            assert!(row < u16::MAX as usize, "{}: too many rows", path.display());
        }
        variants.push(camel(&stem));
        names.push(stem);
        cases.push(case);
        derived.push(from_countries);
        row_counts.push(row);
    }
    // word ids, rows and phrase numbers are u16 in the index
    assert!(phrases < u16::MAX as usize, "too many phrases in the lexicons");
    let mut out = String::new();
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
    let _ = writeln!(out, "static LIST_NAMES: [&str; {}] = {names:?};", names.len());
    let _ = writeln!(out, "static LIST_CASES: [CaseMode; {}] = [{}];", cases.len(), cases.iter().map(|c| format!("CaseMode::{c}")).collect::<Vec<_>>().join(", "));
    int_array(&mut out, "Rows of each list.", "LIST_ROWS", &row_counts);
    let _ = writeln!(out, "/// Lists made from countries.tsv at first use (not in `ROWS_TEXT`).\nstatic LIST_DERIVED: [bool; {}] = {derived:?};", derived.len());
    let _ = writeln!(out, "/// Rows of all lists: fields joined by tabs, rows by newlines.\nstatic ROWS_TEXT: &str = {rows_text:?};");

    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("lexicon_data.rs");
    std::fs::write(dest, out).expect("write generated lexicon");
}
