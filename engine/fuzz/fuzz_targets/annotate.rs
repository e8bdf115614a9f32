#![no_main]
//! Arbitrary bytes → lossy UTF-8 → annotate (with an arbitrary dct): no panic,
//! and the output invariants hold.

use libfuzzer_sys::fuzz_target;
use parley_engine::{annotate, invariants, Options, Ymd};

fuzz_target!(|data: &[u8]| {
    // the first three bytes pick a dct (or none), the rest is the text
    let (dct, text) = match data {
        [y, m, d, rest @ ..] => {
            let dct = Ymd::parse(&format!("{:04}-{:02}-{:02}", 1900 + (*y as u16 % 200), 1 + m % 12, 1 + d % 31));
            (dct, rest)
        }
        _ => (None, data),
    };
    let text = String::from_utf8_lossy(text);
    let doc = annotate(&text, &Options { dct, fallback_dct: None });
    if let Err(e) = invariants::check(&text, &doc) {
        panic!("invariant broken: {e}");
    }
});
