//! Inputs for the benchmarks, read from the shared corpus (never copied into
//! the project): every article with its gold dct, and a 10,000-word document
//! made of the articles concatenated.

use parley_engine::Ymd;
use std::path::PathBuf;

pub fn corpus_dir() -> PathBuf {
    std::env::var_os("PARLEY_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared"))
        .join("corpus")
}

/// `(id, text, dct)` of every corpus article, sorted by id.
pub fn articles() -> Vec<(String, String, Option<Ymd>)> {
    let dir = corpus_dir();
    let mut out = Vec::new();
    let entries = std::fs::read_dir(dir.join("texts")).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    for entry in entries {
        let path = entry.unwrap().path();
        let id = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let gold = std::fs::read_to_string(dir.join("gold").join(format!("{id}.json"))).unwrap_or_default();
        let dct = gold
            .split("\"dct\": \"")
            .nth(1)
            .and_then(|rest| rest.get(..10))
            .and_then(Ymd::parse);
        out.push((id, text, dct));
    }
    out.sort();
    out
}

/// The articles concatenated (repeated as needed) up to at least `words` words.
pub fn long_document(words: usize) -> String {
    let articles = articles();
    let mut doc = String::new();
    while doc.split_whitespace().count() < words {
        for (_, text, _) in &articles {
            doc.push_str(text);
            doc.push_str("\n\n");
        }
    }
    doc
}

/// The article closest to 2,000 characters (the budget's reference size).
pub fn typical_article() -> (String, String, Option<Ymd>) {
    articles()
        .into_iter()
        .min_by_key(|(_, t, _)| t.chars().count().abs_diff(2000))
        .expect("corpus articles")
}
