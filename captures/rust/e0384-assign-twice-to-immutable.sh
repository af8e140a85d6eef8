#!/usr/bin/env bash
# Reproduces rust/e0384-assign-twice-to-immutable with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn main() {
    let count = 0;
    count = 1;
    println!("{}", count);
    for i in 0..3 { count += i; }
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
