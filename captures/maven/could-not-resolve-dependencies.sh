#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mvn
. "$(dirname "$0")/_project.sh"
mvn_repo_start
mvn_pom '<dependencies><dependency><groupId>org.example.nosuch</groupId><artifactId>widget-core</artifactId><version>9.9.9</version></dependency></dependencies>'
mvn_run
