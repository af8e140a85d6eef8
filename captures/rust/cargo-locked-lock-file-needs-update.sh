#!/usr/bin/env bash
# Reproduces rust/cargo-locked-lock-file-needs-update: --locked with a Cargo.lock that is missing or stale.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires cargo
enter_work_dir
lib_crate dep 0.1.0
build_app 'dep = { path = "../dep" }' > /dev/null
# A new dependency after the lock file was written: the lock file is now stale.
lib_crate extra 0.2.0
printf 'extra = { path = "../extra" }\n' >> app/Cargo.toml
(cd app && cargo build --locked --offline 2>&1)
rm app/Cargo.lock
(cd app && cargo build --locked 2>&1)
