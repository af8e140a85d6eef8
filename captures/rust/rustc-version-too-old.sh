#!/usr/bin/env bash
# Reproduces rust/rustc-version-too-old: a dependency declares a rust-version (MSRV) newer than
# the installed toolchain.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires cargo
enter_work_dir
lib_crate fastcsv 2.3.0 $'rust-version = "1.99"\n'
build_app 'fastcsv = { path = "../fastcsv" }'
