//! Whatever the input, the engine returns a Document that keeps its promises
//! (`invariants::check`: spans inside the text, on char boundaries, non-empty;
//! holders and addressees are actor ids…) and never panics:
//! - the inputs the fuzzer found (tests/fuzz_regressions/, raw fuzz bytes),
//! - a text cut after every word, as it is while someone types,
//! - generated sentences mixing names, dates and triggers with odd Unicode.

mod common;

use parley_engine::{annotate, invariants, Options, Ymd};
use proptest::prelude::*;
use std::path::Path;

fn check(text: &str, dct: Option<Ymd>) {
    let doc = annotate(text, &Options { dct, fallback_dct: None });
    if let Err(e) = invariants::check(text, &doc) {
        panic!("{e}\nin {text:?}");
    }
}

#[test]
fn what_the_fuzzer_found_stays_fixed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fuzz_regressions") {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        if let Err(e) = invariants::check_bytes(&data) {
            panic!("{}: {e}", path.display());
        }
        n += 1;
    }
    assert!(n > 0, "no regression inputs in {}", dir.display());
}

#[test]
fn a_text_cut_after_any_word_is_annotated() {
    // triggers, quotes and dates cut short: what the page sees while typing
    for text in [
        "He demanded",
        "The ministers called for",
        "Kyiv rejected",
        "It insisted on",
        "Cairo urged",
        "Officials said, according to",
        "Kim proposed that the two sides",
        "\"We want",
        "Moscow must",
        "should Putin decline",
        "on March",
        "between May 15 and",
        "the Ukrainian",
    ] {
        check(text, Ymd::parse("2022-03-01"));
    }
    // every corpus article, cut after every word (every 3rd in long ones)
    let texts = common::shared_dir().join("corpus/texts");
    let mut cuts = 0;
    for entry in std::fs::read_dir(&texts).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let ends: Vec<usize> = text.char_indices().filter(|&(i, c)| c.is_whitespace() && i > 0).map(|(i, _)| i).collect();
        let step = (ends.len() / 120).max(1);
        for &end in ends.iter().step_by(step) {
            check(&text[..end], Ymd::parse("2022-03-01"));
            cuts += 1;
        }
    }
    assert!(cuts > 1000, "only {cuts} cuts");
}

/// Pieces of news sentences, and the odd characters pasted text brings.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Zelensky".to_string()),
        Just("Volodymyr Zelensky".to_string()),
        Just("the Ukrainian president".to_string()),
        Just("Russia".to_string()),
        Just("the United Nations".to_string()),
        Just("Hamas".to_string()),
        Just("called for".to_string()),
        Just("demanded".to_string()),
        Just("urged Russia to".to_string()),
        Just("rejected".to_string()),
        Just("must".to_string()),
        Just("on condition that".to_string()),
        Just("a ceasefire".to_string()),
        Just("talks".to_string()),
        Just("on Monday".to_string()),
        Just("February 28, 2022".to_string()),
        Just("28.02.2022".to_string()),
        Just("last week".to_string()),
        Just("0630 GMT".to_string()),
        Just("said".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just(",".to_string()),
        Just(".".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("e\u{301}".to_string()),           // combining mark
        Just("\u{5e9}\u{5dc}\u{5d5}\u{5dd}".to_string()), // right-to-left
        Just("\u{200f}\u{202e}".to_string()),    // RLM, RLO
        Just("👩\u{200d}👩\u{200d}👧".to_string()), // zero-width joiners
        Just("\u{0}".to_string()),               // NUL
        Just("\u{fffd}".to_string()),            // a lone surrogate, as it arrives
        Just("\u{feff}".to_string()),
        Just("İ".to_string()),                   // lower-cases to two chars
        "[a-zA-Z]{20,300}",                       // a very long word
        "[A-Z][a-z]{1,9}",
        "[0-9]{1,6}",
        "\\PC{1,8}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn generated_sentences_keep_the_invariants(
        pieces in prop::collection::vec((piece(), prop_oneof![Just(" "), Just(""), Just("\u{a0}"), Just("\t")]), 0..40),
        day in 0u32..20_000,
    ) {
        let text: String = pieces.iter().map(|(p, sep)| format!("{p}{sep}")).collect();
        let dct = Ymd::parse(&format!("{:04}-{:02}-{:02}", 1970 + day / 372, 1 + day / 31 % 12, 1 + day % 31));
        check(&text, dct);
        check(&text, None);
    }
}
