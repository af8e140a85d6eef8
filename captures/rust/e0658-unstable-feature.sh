#!/usr/bin/env bash
# Reproduces rust/e0658-unstable-feature: calling an unstable library API and using an
# experimental type on a stable toolchain.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let v: Vec<i32> = vec![1, 2];
    let s: i32 = v.iter().copied().intersperse(0).sum();
    println!("{}", s);
}
RS
rustc_demo <<'RS'
fn never() -> Option<!> { None }
fn main() { let _ = never(); }
RS
