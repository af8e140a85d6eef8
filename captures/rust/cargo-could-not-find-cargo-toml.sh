#!/usr/bin/env bash
# Reproduces rust/cargo-could-not-find-cargo-toml: cargo run outside any package directory.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cargo
enter_work_dir
cargo build 2>&1
cargo run --release 2>&1
cargo test --manifest-path missing/Cargo.toml 2>&1
