#!/usr/bin/env bash
# Reproduces rust/e0432-unresolved-import with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
use std::collections::HashMapp;
use rand::Rng;
mod net;
fn main() {}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
