#!/usr/bin/env bash
# Installs what is missing, builds the release site and serves it at
# http://127.0.0.1:8080 (Ctrl-C stops it).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
source "$root/scripts/env.sh"
cd "$root"
exec trunk serve --release
