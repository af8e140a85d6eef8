#!/usr/bin/env bash
# Reproduces rust/e0507-cannot-move-out-of-reference: moving a field out of a borrow or out of a Vec index.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
struct Config { name: String }
fn main() {
    let c = Config { name: String::from("x") };
    let r = &c;
    let n = r.name;
    let v = vec![String::from("a")];
    let first = v[0];
    let opt: &Option<String> = &Some(String::from("b"));
    let inner = opt.unwrap();
    println!("{} {} {}", n, first, inner);
}
RS
