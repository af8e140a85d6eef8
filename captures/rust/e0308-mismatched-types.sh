#!/usr/bin/env bash
# Reproduces rust/e0308-mismatched-types with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn parse_port(s: &str) -> u16 {
    s.parse::<u16>()
}
fn main() {
    let name: String = "localhost";
    let n: i32 = 5u64;
    println!("{} {}", name, n);
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
