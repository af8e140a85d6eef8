#!/usr/bin/env bash
# Reproduces rust/e0596-borrow-as-mutable with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let names = Vec::new();
    names.push(String::from("ada"));
    let s = String::from("x");
    let r = &s;
    r.push_str("y");
}
RS
