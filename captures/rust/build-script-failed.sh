#!/usr/bin/env bash
# Reproduces rust/build-script-failed: a crate whose build.rs exits with an error (here a
# build script that needs a native tool that is missing, as many -sys crates do).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires cargo
enter_work_dir
lib_crate zstd-native 0.13.1 $'build = "build.rs"\n'
cat > zstd-native/build.rs <<'RS'
use std::process::Command;
fn main() {
    println!("cargo:rerun-if-env-changed=ZSTD_LIB_DIR");
    let status = Command::new("cmake-not-installed").arg("--version").status();
    match status {
        Ok(_) => {}
        Err(e) => panic!("failed to execute cmake: {e}\nis `cmake` not installed?"),
    }
}
RS
build_app 'zstd-native = { path = "../zstd-native" }'
