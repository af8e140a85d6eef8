#!/usr/bin/env bash
# Reproduces rust/e0596-borrow-as-mutable with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn main() {
    let names = Vec::new();
    names.push(String::from("ada"));
    let s = String::from("x");
    let r = &s;
    r.push_str("y");
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
