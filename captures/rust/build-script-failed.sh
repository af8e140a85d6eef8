#!/usr/bin/env bash
# Reproduces rust/build-script-failed: a crate whose build.rs exits with an error (here a
# build script that needs a native tool that is missing, as many -sys crates do).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir -p zstd-native/src app/src
printf '[package]\nname = "zstd-native"\nversion = "0.13.1"\nedition = "2021"\nbuild = "build.rs"\n' > zstd-native/Cargo.toml
: > zstd-native/src/lib.rs
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
printf '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nzstd-native = { path = "../zstd-native" }\n' > app/Cargo.toml
printf 'fn main() {}\n' > app/src/main.rs
(cd app && cargo build --offline 2>&1)
