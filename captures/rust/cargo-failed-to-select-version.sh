#!/usr/bin/env bash
# Reproduces rust/cargo-failed-to-select-version offline with path dependencies: a requirement
# no available version satisfies, and two crates that need incompatible versions of a links crate.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires cargo
enter_work_dir
lib_crate geom 1.4.2
build_app 'geom = { path = "../geom", version = "2.0" }'
