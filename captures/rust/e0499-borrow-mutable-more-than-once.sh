#!/usr/bin/env bash
# Reproduces rust/e0499-borrow-mutable-more-than-once with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let mut scores = vec![1, 2, 3];
    let first = &mut scores;
    let second = &mut scores;
    first.push(4);
    second.push(5);
}
RS
