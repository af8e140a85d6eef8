#!/usr/bin/env bash
# Reproduces rust/cargo-failed-to-select-version offline with path dependencies: a requirement
# no available version satisfies, and two crates that need incompatible versions of a links crate.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir -p geom/src app/src
printf '[package]\nname = "geom"\nversion = "1.4.2"\nedition = "2021"\n' > geom/Cargo.toml
: > geom/src/lib.rs
printf '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ngeom = { path = "../geom", version = "2.0" }\n' > app/Cargo.toml
printf 'fn main() {}\n' > app/src/main.rs
(cd app && cargo build --offline 2>&1)
