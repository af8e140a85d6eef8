#!/usr/bin/env bash
# Reproduces rust/e0106-missing-lifetime-specifier with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
struct Parser { input: &str }
fn longest(a: &str, b: &str) -> &str { if a.len() > b.len() { a } else { b } }
fn main() {}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
