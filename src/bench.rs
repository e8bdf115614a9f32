//! A hook for the browser benchmark (`e2e/bench.mjs`): runs the engine the
//! way the page does and returns `samples` timings in milliseconds, each the
//! mean of `batch` runs (the browser's clock is coarsened to 0.1 ms).
//! Exported on the wasm module; `public/boot.js` hands the module to the
//! page as `window.parleyWasm`.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(js_name = benchAnnotate)]
pub fn bench_annotate(text: &str, dct: &str, samples: u32, batch: u32) -> Vec<f64> {
    let options = crate::library::options(dct, crate::state::today());
    let perf = web_sys::window().and_then(|w| w.performance());
    let now = || perf.as_ref().map_or_else(js_sys::Date::now, |p| p.now());
    let batch = batch.max(1);
    (0..samples)
        .map(|_| {
            let t0 = now();
            for _ in 0..batch {
                std::hint::black_box(parley_engine::annotate(text, &options));
            }
            (now() - t0) / f64::from(batch)
        })
        .collect()
}
