#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac mvn
enter_work_dir
printf 'public class A { }\n' > A.java
javac --release 21 A.java
javac -source 21 A.java
javac --release 6 A.java
# The same through Maven: maven.compiler.release newer than the JDK that runs Maven.
. "$capture_dir/../maven/_project.sh"
# _project.sh replaces the EXIT trap with its own cleanup; put the shared one back.
trap '_capture_run_cleanups' EXIT
on_exit mvn_cleanup
mvn_pom '' '<maven.compiler.release>21</maven.compiler.release>'
(cd "$MVNTMP/proj" && mvn -B -o compile 2>&1 | grep -E '^\[ERROR\] Failed')
