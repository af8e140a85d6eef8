#!/usr/bin/env bash
# Reproduces rust/e0502-borrow-mutable-while-immutable with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn main() {
    let mut items = vec![1, 2, 3];
    let first = &items[0];
    items.push(4);
    println!("{}", first);
    for x in items.iter() {
        if *x == 2 { items.push(5); }
    }
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
