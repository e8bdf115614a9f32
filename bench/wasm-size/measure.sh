#!/usr/bin/env bash
# The engine's wasm size alone: builds bench/wasm-size (a cdylib over the
# engine) for wasm32 with the site's profile, runs `wasm-opt -Oz` as Trunk
# does (names and producers stripped, as wasm-bindgen does for the site), and
# prints raw, gzip and brotli bytes, with the code and data sections.
#   bench/wasm-size/measure.sh          (wasm-opt must be on PATH)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
target=${CARGO_TARGET_DIR:-$here/../../target/wasm-size}
cargo build --quiet --manifest-path "$here/Cargo.toml" --target wasm32-unknown-unknown \
  --profile wasm-release --target-dir "$target"
wasm=$target/wasm32-unknown-unknown/wasm-release/parley_engine_wasm_size.wasm
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals "$wasm" -o "$out/engine.wasm"
python3 - "$out/engine.wasm" <<'PY'
import brotli, gzip, sys

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1; r |= (x & 0x7F) << s; s += 7
        if x < 0x80:
            return r, i

b = open(sys.argv[1], 'rb').read()
sections, i = {}, 8
while i < len(b):
    sid = b[i]; n, i = leb(b, i + 1)
    sections[sid] = sections.get(sid, 0) + n
    i += n
print(f"engine wasm (wasm-opt -Oz): raw {len(b):,}  gzip {len(gzip.compress(b, 9)):,}  "
      f"brotli {len(brotli.compress(b, quality=11)):,}  (code {sections.get(10, 0):,}, data {sections.get(11, 0):,})")
PY
