#!/usr/bin/env bash
# Installs what building and serving the app needs, skipping what is there:
# the wasm32 target, trunk 0.21.14, wasm-bindgen-cli at the version in
# Cargo.lock, wasm-opt (binaryen from npm), and the crates (cargo fetch).
#   scripts/setup.sh          build tools
#   scripts/setup.sh --test   also Chromium, chromedriver, playwright-core and cargo-fuzz
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }

# Tool installs build with fast settings (no LTO, many codegen units).
install_env=(env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_NET_OFFLINE=false)
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -q " $2\$\| $2 \| $2$"; }

export PATH="$HOME/.cargo/bin:$HOME/.local/binaryen/node_modules/.bin:$PATH"
if ! have_version trunk "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (several minutes)"
  "${install_env[@]}" cargo install "trunk@$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock. Its own
# lockfile wants a crate version the registry lacks: install without --locked.
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! have_version wasm-bindgen "$WB_VERSION"; then
  say "installing wasm-bindgen-cli $WB_VERSION (a few minutes)"
  "${install_env[@]}" cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# wasm-opt from npm's binaryen (Debian's binaryen 108 produces broken wasm).
if ! wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt (binaryen $BINARYEN_VERSION from npm)"
  npm install --silent --no-audit --no-fund --prefix "$HOME/.local/binaryen" "binaryen@$BINARYEN_VERSION"
fi

say "fetching crates"
cargo fetch --quiet

if [ "${1:-}" = "--test" ]; then
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    say "installing chromium and chromium-driver from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if ! python3 -c 'import brotli' 2>/dev/null; then
    say "installing brotli for python3 (the site's size budget)"
    python3 -m pip install --quiet brotli
  fi
  # the short fuzz run of the test command (libFuzzer needs nightly flags:
  # RUSTC_BOOTSTRAP=1 on the stable toolchain, see scripts/test.sh)
  if ! have_version cargo-fuzz 0.13.2; then
    say "installing cargo-fuzz 0.13.2 (a minute or two)"
    "${install_env[@]}" cargo install cargo-fuzz --version 0.13.2 --locked
  fi
  # the fuzz crate is a workspace of its own (libfuzzer-sys): fetch its crates too
  say "fetching the fuzz crate's crates"
  CARGO_NET_OFFLINE=false cargo fetch --quiet --manifest-path engine/fuzz/Cargo.toml
  if [ ! -d e2e/node_modules/playwright-core ]; then
    say "installing playwright-core (no browser download: it drives Debian's chromium)"
    (cd e2e && npm ci --silent --no-audit --no-fund)
  fi
fi
say "ready"
