# Sourced by the scripts: where the project's tools live and how Trunk runs
# offline (it must never download tools itself).
export PATH="$HOME/.cargo/bin:$HOME/.local/binaryen/node_modules/.bin:$PATH"
export CARGO_NET_OFFLINE=true      # Trunk's own `cargo metadata` ignores Trunk.toml's offline
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=/usr/bin/chromedriver
