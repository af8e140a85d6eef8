#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mvn
. "$(dirname "$0")/_project.sh"
# No local repository server here: "central" is the real one, which this host cannot reach
# (no DNS), as on a machine behind a proxy or offline.
mvn_pom '<dependencies><dependency><groupId>org.example.nosuch</groupId><artifactId>widget-core</artifactId><version>9.9.9</version></dependency></dependencies>'
(cd "$MVNTMP/proj" && mvn -B compile 2>&1 | grep -E '^\[ERROR\] Failed')
