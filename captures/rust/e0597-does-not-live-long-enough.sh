#!/usr/bin/env bash
# Reproduces rust/e0597-does-not-live-long-enough with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let longest: &str;
    {
        let name = String::from("inner");
        longest = &name;
    }
    println!("{}", longest);
    let mut handles: Vec<&i32> = Vec::new();
    for i in 0..3 {
        let value = i * 2;
        handles.push(&value);
    }
    println!("{:?}", handles);
}
RS
