//! Date floors on a public benchmark: TimeBank 1.2 + AQUAINT (TempEval-3
//! training data, 256 articles, `../shared/benchmarks/timebank`), each text
//! resolved against its gold dct and scored by the corpus scorer (date
//! figures only; the other layers are empty there).
//!
//! The floors: extent F1 (lenient) ≥ 0.90 and value F1 ≥ 0.80.
//! Measured when written: extent 0.937, value 0.806 (see the README's
//! benchmark section for where TimeML's conventions and ours differ).

mod common;

#[test]
fn timebank_meets_the_date_floors() {
    let scores = common::score_set(&common::shared_dir().join("benchmarks/timebank"));
    common::check_floors(&scores, &[("date_lenient", "f1", 0.90), ("date_value", "f1", 0.80)]);
}
