#!/usr/bin/env bash
# Reproduces rust/e0499-borrow-mutable-more-than-once with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn main() {
    let mut scores = vec![1, 2, 3];
    let first = &mut scores;
    let second = &mut scores;
    first.push(4);
    second.push(5);
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
