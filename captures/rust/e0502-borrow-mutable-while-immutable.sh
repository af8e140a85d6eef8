#!/usr/bin/env bash
# Reproduces rust/e0502-borrow-mutable-while-immutable with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let mut items = vec![1, 2, 3];
    let first = &items[0];
    items.push(4);
    println!("{}", first);
    for x in items.iter() {
        if *x == 2 { items.push(5); }
    }
}
RS
