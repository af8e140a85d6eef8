#!/usr/bin/env bash
# Reproduces rust/e0433-failed-to-resolve with rustc.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
fn main() {
    let map: HashMap<String, i32> = HashMap::new();
    let v = serde_json::to_string(&1);
}
RS
