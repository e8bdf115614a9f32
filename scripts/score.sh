#!/usr/bin/env bash
# Annotates a corpus set with the release CLI (each text with its gold dct)
# and scores it with ../shared/corpus/score.py.
#   scripts/score.sh                       the visible corpus (seed + dev)
#   scripts/score.sh ../shared/benchmarks/timebank
#   scripts/score.sh SET_DIR --per-doc     extra score.py flags pass through
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
set_dir=${1:-$root/../shared/corpus}
shift || true
cargo build --release --quiet --bin parley --manifest-path "$root/Cargo.toml"
bin=$root/target/release/parley
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for gold in "$set_dir"/gold/*.json; do
  id=$(basename "$gold" .json)
  dct=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1])).get("dct") or "")' "$gold")
  "$bin" annotate --dct "$dct" "$set_dir/texts/$id.txt" >"$out/$id.json"
done
python3 "$root/../shared/corpus/score.py" "$set_dir/gold" "$out" "$@"
