#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
java -jar target/app-1.0.jar
java -jar "$work/build/libs/my app.jar"
