#!/usr/bin/env bash
# Reproduces rust/cargo-feature-required: a manifest uses a Cargo feature this Cargo has not stabilised
# (the dummy `im-a-teapot` key, gated like `edition2024` was before Cargo 1.85), and a newer edition.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires cargo
enter_work_dir
mkdir -p app/src
printf 'fn main() {}\n' > app/src/main.rs
printf '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\nim-a-teapot = true\n' > app/Cargo.toml
(cd app && cargo build --offline 2>&1)
printf '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2027"\n' > app/Cargo.toml
(cd app && cargo build --offline 2>&1)
