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
# The same through Maven: maven.compiler.release newer than the JDK that runs Maven.
. "$(dirname "$(readlink -f "$0")")/../maven/_project.sh"
# _project.sh installs its own EXIT trap; keep cleaning up this script's work dir too.
trap 'mvn_cleanup; rm -rf "$work"' EXIT
mvn_pom '' '<maven.compiler.release>21</maven.compiler.release>'
(cd "$MVNTMP/proj" && mvn -B -o compile 2>&1 | grep -E '^\[ERROR\] Failed')
