#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mvn
. "$(dirname "$0")/_project.sh"
mvn_pom '' '<maven.compiler.source>21</maven.compiler.source><maven.compiler.target>21</maven.compiler.target>'
(cd "$MVNTMP/proj" && mvn -B -o compile 2>&1 | grep -E '^\[ERROR\] Failed')
