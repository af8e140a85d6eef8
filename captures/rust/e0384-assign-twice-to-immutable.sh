#!/usr/bin/env bash
# Reproduces rust/e0384-assign-twice-to-immutable with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let count = 0;
    count = 1;
    println!("{}", count);
    for i in 0..3 { count += i; }
}
RS
