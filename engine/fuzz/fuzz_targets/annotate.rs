#![no_main]
//! Arbitrary bytes → lossy UTF-8 → annotate (with an arbitrary dct): no panic,
//! and the output invariants hold. The run itself is
//! `parley_engine::invariants::check_bytes`, which the regression tests
//! (engine/tests/fuzz_regressions.rs) replay on what the fuzzer found.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Err(e) = parley_engine::invariants::check_bytes(data) {
        panic!("invariant broken: {e}");
    }
});
