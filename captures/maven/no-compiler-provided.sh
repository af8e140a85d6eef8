#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mvn
. "$(dirname "$0")/_project.sh"
# A runtime image without the jdk.compiler module stands in for a JRE.
jlink --add-modules java.se --output "$MVNTMP/jre" >/dev/null
mvn_pom
(cd "$MVNTMP/proj" && JAVA_HOME="$MVNTMP/jre" mvn -B -o compile 2>&1 | grep -E '^\[ERROR\]' | head -n 4)
