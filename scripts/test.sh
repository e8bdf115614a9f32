#!/usr/bin/env bash
# Installs what the tests need (scripts/setup.sh --test) and runs every test:
# native tests of the workspace (engine, corpus floors, benchmark floors, app
# logic, robustness), a short fuzz run of the engine, browser tests of the components (wasm-bindgen-test in headless
# Chromium), and the end-to-end tests of the release site (playwright-core).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" --test
source "$root/scripts/env.sh"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests (cargo test: app and engine)"
cargo test --quiet

step "fuzzing the engine for ${PARLEY_FUZZ_SECONDS:-60} s (cargo fuzz; finds go to engine/tests/fuzz_regressions)"
# seeds: the regression inputs; new interesting inputs go to the (ignored)
# engine/fuzz/corpus; a crash fails the run and leaves its input in engine/fuzz/artifacts
mkdir -p engine/fuzz/corpus/annotate
mkdir -p target
if ! (cd engine/fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run annotate --fuzz-dir . corpus/annotate ../tests/fuzz_regressions \
    -- -max_total_time="${PARLEY_FUZZ_SECONDS:-60}" -max_len=4096) >target/fuzz.log 2>&1; then
  tail -40 target/fuzz.log
  if ls engine/fuzz/artifacts/annotate/crash-* >/dev/null 2>&1; then
    echo "the fuzzer found an input that breaks the engine: see engine/fuzz/artifacts/annotate"
  else
    echo "the fuzz run did not start (see target/fuzz.log): a build or setup failure, not a find"
  fi
  exit 1
fi
grep -E '^Done|^#[0-9]+.*DONE' target/fuzz.log | tail -1

step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown -p parley --test web

step "release site (trunk build --release)"
trunk build index.html --release
cargo build --release --quiet --bin parley

step "end-to-end tests in headless Chromium (playwright-core)"
(cd e2e && npm test)

step "size budget: the whole site at most 350 KB brotli"
python3 scripts/size.py dist --max 350 | tail -1

step "all tests passed"
