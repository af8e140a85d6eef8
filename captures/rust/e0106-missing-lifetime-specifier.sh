#!/usr/bin/env bash
# Reproduces rust/e0106-missing-lifetime-specifier with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
struct Parser { input: &str }
fn longest(a: &str, b: &str) -> &str { if a.len() > b.len() { a } else { b } }
fn main() {}
RS
