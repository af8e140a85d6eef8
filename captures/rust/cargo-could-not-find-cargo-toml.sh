#!/usr/bin/env bash
# Reproduces rust/cargo-could-not-find-cargo-toml: cargo run outside any package directory.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cargo build 2>&1
cargo run --release 2>&1
cargo test --manifest-path missing/Cargo.toml 2>&1
