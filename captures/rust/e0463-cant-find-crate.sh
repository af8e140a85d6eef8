#!/usr/bin/env bash
# Reproduces rust/e0463-cant-find-crate: building for a target whose standard library is not installed, and an extern crate that is not available.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
printf 'fn main() {}\n' > main.rs
rustc --target aarch64-unknown-linux-gnu --crate-name demo main.rs 2>&1
rustc --target wasm32-unknown-unknown --crate-type cdylib --crate-name demo main.rs 2>&1
rustc_demo <<'RS'
extern crate serde;
fn main() {}
RS
