#!/usr/bin/env bash
# Reproduces rust/e0599-no-method-found with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
struct Config { port: u16 }
fn main() {
    let c = Config { port: 80 };
    c.validate();
    let v = vec![3, 1, 2];
    let n: Option<i32> = Some(1);
    let s = n.length();
}
RS
