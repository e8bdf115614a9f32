#!/usr/bin/env bash
# Installs what the tests need (scripts/setup.sh --test) and runs every test:
# native tests of the workspace (engine, corpus floors, benchmark floors, app
# logic), browser tests of the components (wasm-bindgen-test in headless
# Chromium), and the end-to-end tests of the release site (playwright-core).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/scripts/setup.sh" --test
source "$root/scripts/env.sh"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "native tests (cargo test: app and engine)"
cargo test --quiet

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
