#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires mvn
enter_work_dir
JAVA_HOME=/usr/lib/jvm/java-99-openjdk mvn -v
JAVA_HOME="$work/jre-without-bin" mvn -v
