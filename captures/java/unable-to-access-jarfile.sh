#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires java
enter_work_dir
java -jar target/app-1.0.jar
java -jar "$work/build/libs/my app.jar"
