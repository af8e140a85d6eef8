#!/usr/bin/env bash
# Reproduces rust/e0716-temporary-value-dropped: borrowing from a temporary that dies at the end of the statement.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn longest_line(text: &str) -> &str {
    text.lines().max_by_key(|l| l.len()).unwrap_or("")
}
fn main() {
    let line;
    {
        line = longest_line(&String::from("a\nbb"));
    }
    let parts: Vec<&str> = String::from("a,b").split(',').collect();
    println!("{} {:?}", line, parts);
}
RS
