#!/usr/bin/env bash
# Reproduces rust/e0599-no-method-found with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
struct Config { port: u16 }
fn main() {
    let c = Config { port: 80 };
    c.validate();
    let v = vec![3, 1, 2];
    let n: Option<i32> = Some(1);
    let s = n.length();
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
