#!/usr/bin/env bash
# Reproduces rust/e0425-cannot-find-value with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let total = 3;
    println!("{}", totl);
    let x = compute_sum(1, 2);
}
RS
