#!/usr/bin/env bash
# Reproduces rust/e0277-trait-bound-not-satisfied with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
struct Point { x: i32 }
fn show<T: std::fmt::Display>(t: T) { println!("{}", t); }
fn main() {
    show(Point { x: 1 });
    let v: Vec<i32> = vec![1, 2];
    let total: i32 = v.iter().map(|x| x.to_string()).sum();
}
RS
