#!/usr/bin/env bash
# Reproduces rust/e0382-use-of-moved-value with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn consume(v: Vec<String>) -> usize { v.len() }
fn main() {
    let names = vec![String::from("ada"), String::from("linus")];
    let n = consume(names);
    println!("{} {:?}", n, names);
    let s = String::from("hello");
    for _ in 0..2 {
        drop(s);
    }
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
