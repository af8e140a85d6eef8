#!/usr/bin/env bash
# Reproduces rust/e0382-use-of-moved-value with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
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
