#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mvn
. "$(dirname "$0")/_project.sh"
mvn_repo_start
cat >"$MVNTMP/proj/pom.xml" <<XML
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.example.nosuch</groupId>
    <artifactId>platform-parent</artifactId>
    <version>3.2.5</version>
    <relativePath/>
  </parent>
  <artifactId>demo</artifactId>
</project>
XML
(cd "$MVNTMP/proj" && mvn -B -s "$MVNTMP/settings.xml" -Dmaven.repo.local="$MVNTMP/m2" compile 2>&1 | grep -E 'FATAL|Non-resolvable' | head -n 3)
