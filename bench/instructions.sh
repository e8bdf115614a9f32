#!/usr/bin/env bash
# Instructions per run of each stage and of the whole pipeline (callgrind),
# a figure that the load of a shared machine does not change.
#   bench/instructions.sh [ARTICLE_ID|typical|long] [N]     (default: typical 20)
# Needs valgrind. Builds bench/src/bin/profile.rs with debug info in target/prof.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
article=${1:-typical}
n=${2:-20}
CARGO_PROFILE_RELEASE_DEBUG=true CARGO_TARGET_DIR=$root/target/prof \
  cargo build --quiet --release -p parley-bench --bin profile --manifest-path "$root/Cargo.toml"
bin=$root/target/prof/release/profile
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
echo "| stage | instructions per run ($article) |"
echo "|---|---|"
for stage in text dct actors places dates demands pipeline; do
  fn=$( [ "$stage" = text ] && echo stage_text_lexicon || echo "stage_$stage" )
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" --toggle-collect="profile::$fn" \
    "$bin" "$article" "$n" "$stage" 2>"$out/log" >/dev/null
  total=$(grep -o 'Collected : [0-9]*' "$out/log" | grep -o '[0-9]*$')
  printf '| %s | %s |\n' "$stage" "$(python3 -c "print(f'{round($total / $n):,}')")"
done
