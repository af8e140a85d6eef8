#!/usr/bin/env bash
# Reproduces rust/e0597-does-not-live-long-enough with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn main() {
    let longest: &str;
    {
        let name = String::from("inner");
        longest = &name;
    }
    println!("{}", longest);
    let mut handles: Vec<&i32> = Vec::new();
    for i in 0..3 {
        let value = i * 2;
        handles.push(&value);
    }
    println!("{:?}", handles);
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
