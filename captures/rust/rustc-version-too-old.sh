#!/usr/bin/env bash
# Reproduces rust/rustc-version-too-old: a dependency declares a rust-version (MSRV) newer than
# the installed toolchain.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir -p fastcsv/src app/src
printf '[package]\nname = "fastcsv"\nversion = "2.3.0"\nedition = "2021"\nrust-version = "1.99"\n' > fastcsv/Cargo.toml
: > fastcsv/src/lib.rs
printf '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nfastcsv = { path = "../fastcsv" }\n' > app/Cargo.toml
printf 'fn main() {}\n' > app/src/main.rs
(cd app && cargo build --offline 2>&1)
