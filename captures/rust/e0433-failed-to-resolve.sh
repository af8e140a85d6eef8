#!/usr/bin/env bash
# Reproduces rust/e0433-failed-to-resolve with rustc.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > main.rs <<'RS'
fn main() {
    let map: HashMap<String, i32> = HashMap::new();
    let v = serde_json::to_string(&1);
}
RS
rustc --edition 2021 --crate-name demo main.rs 2>&1
