#!/usr/bin/env bash
# Reproduces rust/linker-cc-not-found: rustc and cargo with no C toolchain on PATH (as on a
# fresh system with rustup but no build-essential).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires cargo
enter_work_dir
rustbin=$(dirname "$(command -v rustc)")
mkdir bin
ln -s "$rustbin"/* bin/ 2>/dev/null
printf 'fn main() { println!("hi"); }\n' > main.rs
env -i HOME="$HOME" PATH="$work/bin" RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" rustc main.rs 2>&1 | head -20
mkdir app && cd app && printf '[package]\nname = "hello_app"\nversion = "0.1.0"\nedition = "2021"\n' > Cargo.toml && mkdir src && cp ../main.rs src/
env -i HOME="$HOME" PATH="$work/bin" RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}" cargo build 2>&1 | head -20
