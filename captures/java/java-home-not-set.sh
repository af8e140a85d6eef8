#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
JAVA_HOME=/usr/lib/jvm/java-99-openjdk mvn -v
JAVA_HOME="$work/jre-without-bin" mvn -v
