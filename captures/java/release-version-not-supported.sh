#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'public class A { }\n' > A.java
javac --release 21 A.java
javac -source 21 A.java
javac --release 6 A.java
