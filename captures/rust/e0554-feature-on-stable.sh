#!/usr/bin/env bash
# Reproduces rust/e0554-feature-on-stable: #![feature] in code built with a stable toolchain.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
#![feature(never_type)]
fn main() {}
RS
rustc_demo <<'RS'
#![feature(let_chains)]
fn main() {}
RS
