#!/usr/bin/env bash
# Reproduces rust/e0373-closure-may-outlive: a thread closure borrows a local instead of moving it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/rust.sh"
requires rustc
enter_work_dir
rustc_demo <<'RS'
use std::thread;
fn spawn_worker() -> thread::JoinHandle<()> {
    let name = String::from("worker");
    thread::spawn(|| {
        println!("{}", name);
    })
}
fn counter() -> impl Fn() -> u32 {
    let step = 2;
    || step * 10
}
fn main() { spawn_worker().join().unwrap(); println!("{}", counter()()); }
RS
