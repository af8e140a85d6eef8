#!/usr/bin/env bash
# Reproduces rust/e0004-non-exhaustive-patterns: a match that misses an enum variant or an integer range.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
enum Status { Active, Inactive, Banned }
fn main() {
    let s = Status::Active;
    match s {
        Status::Active => println!("a"),
        Status::Inactive => println!("i"),
    }
    let n: u8 = 3;
    let label = match n {
        0 => "zero",
        1..=9 => "small",
    };
    let o: Option<&str> = None;
    match o { Some(x) => println!("{}", x) }
    println!("{}", label);
    let _ = Status::Banned;
}
RS
