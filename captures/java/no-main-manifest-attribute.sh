#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
printf 'public class A { public static void main(String[] x) {} }\n' > A.java
javac A.java && jar cf app.jar A.class
java -jar app.jar
java -jar "$work/app.jar"
