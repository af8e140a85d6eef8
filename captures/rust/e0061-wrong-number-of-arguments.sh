#!/usr/bin/env bash
# Reproduces rust/e0061-wrong-number-of-arguments: a function or method called with too few / too many arguments.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
struct Server;
impl Server { fn bind(&self, host: &str, port: u16) -> u16 { let _ = host; port } }
fn add(a: i32, b: i32) -> i32 { a + b }
fn main() {
    println!("{}", add(1));
    let s = Server;
    println!("{}", s.bind("0.0.0.0", 80, true));
}
RS
