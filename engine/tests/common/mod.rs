//! Shared by the quality tests: run the engine over a folder of texts with
//! each gold file's dct, and score the outputs with the corpus scorer
//! (`../shared/corpus/score.py`, the definition of "right").

#![allow(dead_code)]

use parley_engine::{annotate, corpus_json, Options, Ymd};
use std::path::{Path, PathBuf};
use std::process::Command;

/// `../shared` beside the repository (override with `PARLEY_SHARED`).
pub fn shared_dir() -> PathBuf {
    let dir = std::env::var_os("PARLEY_SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared"));
    assert!(
        dir.join("corpus/score.py").exists(),
        "the shared corpus is missing: expected {} (set PARLEY_SHARED)",
        dir.display()
    );
    dir
}

/// Annotates every `texts/*.txt` of `set_dir` with its gold dct into a fresh
/// temporary folder and returns the scorer's JSON summary.
pub fn score_set(set_dir: &Path) -> serde_json::Value {
    let out = tempdir(set_dir.file_name().unwrap().to_str().unwrap());
    let mut n = 0;
    for entry in std::fs::read_dir(set_dir.join("gold")).expect("gold dir") {
        let gold_path = entry.expect("entry").path();
        let id = gold_path.file_stem().unwrap().to_str().unwrap().to_string();
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap();
        let dct = gold["dct"].as_str().and_then(Ymd::parse);
        let text = std::fs::read_to_string(set_dir.join("texts").join(format!("{id}.txt"))).unwrap();
        let doc = annotate(&text, &Options { dct, fallback_dct: None });
        let json = corpus_json::to_corpus(&id, &text, &doc);
        std::fs::write(out.join(format!("{id}.json")), serde_json::to_string(&json).unwrap()).unwrap();
        n += 1;
    }
    assert!(n > 0, "no gold files in {}", set_dir.display());
    let scorer = shared_dir().join("corpus/score.py");
    let result = Command::new("python3")
        .arg(&scorer)
        .arg(set_dir.join("gold"))
        .arg(&out)
        .arg("--json")
        .output()
        .expect("python3 runs the scorer");
    assert!(
        result.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&result.stderr)
    );
    let _ = std::fs::remove_dir_all(&out);
    serde_json::from_slice(&result.stdout).expect("scorer JSON")
}

fn tempdir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("parley-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Checks figures against floors; reports every figure and every failure at once.
pub fn check_floors(scores: &serde_json::Value, floors: &[(&str, &str, f64)]) {
    let mut report = String::new();
    let mut failed = false;
    for (figure, field, floor) in floors {
        let got = scores[figure][field].as_f64().unwrap_or_else(|| panic!("no {figure}.{field} in scores"));
        let ok = got + 1e-9 >= *floor;
        failed |= !ok;
        report.push_str(&format!("{figure:16} {field:3} {got:.3} (floor {floor:.3}){}\n", if ok { "" } else { "  BELOW" }));
    }
    eprintln!("{report}");
    assert!(!failed, "quality below the floors:\n{report}");
}
