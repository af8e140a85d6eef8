#!/usr/bin/env bash
# Reproduces rust/e0425-cannot-find-value with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn main() {
    let total = 3;
    println!("{}", totl);
    let x = compute_sum(1, 2);
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
