#!/usr/bin/env bash
# The engine's wasm size alone: builds bench/wasm-size (a cdylib over the
# engine) for wasm32 with the site's profile, runs `wasm-opt -Oz` as Trunk
# does (when wasm-opt is on PATH), and prints raw, gzip and brotli bytes.
#   bench/wasm-size/measure.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${CARGO_TARGET_DIR:-$here/../../target/wasm-size}
cargo build --quiet --manifest-path "$here/Cargo.toml" --target wasm32-unknown-unknown \
  --profile wasm-release --target-dir "$target"
wasm=$target/wasm32-unknown-unknown/wasm-release/parley_engine_wasm_size.wasm
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cp "$wasm" "$out/engine.wasm"
if command -v wasm-opt >/dev/null; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    "$out/engine.wasm" -o "$out/engine.opt.wasm"
fi
python3 - "$out"/*.wasm <<'PY'
import brotli, gzip, os, sys
for f in sys.argv[1:]:
    b = open(f, 'rb').read()
    print(f"{os.path.basename(f):18} raw {len(b):8,}  gzip {len(gzip.compress(b, 9)):8,}  brotli {len(brotli.compress(b, quality=11)):8,}")
PY
