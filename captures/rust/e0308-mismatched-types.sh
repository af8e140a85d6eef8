#!/usr/bin/env bash
# Reproduces rust/e0308-mismatched-types with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn parse_port(s: &str) -> u16 {
    s.parse::<u16>()
}
fn main() {
    let name: String = "localhost";
    let n: i32 = 5u64;
    println!("{} {}", name, n);
}
RS
