#!/usr/bin/env bash
# Reproduces rust/e0432-unresolved-import with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
use std::collections::HashMapp;
use rand::Rng;
mod net;
fn main() {}
RS
