#!/usr/bin/env bash
# Reproduces rust/e0282-type-annotations-needed: rustc cannot infer a type, with rustc and cargo.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc cargo
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let items = Vec::new();
    println!("{}", items.len());
}
RS
mkdir -p app/src
printf '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n' > app/Cargo.toml
cat > app/src/main.rs <<'RS'
fn main() {
    let ports = "80 443".split(' ').map(|p| p.parse::<u16>().unwrap()).collect();
    println!("{:?}", ports);
}
RS
(cd app && cargo build --offline 2>&1)
