#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'public class A { public static void main(String[] x) {} }\n' > A.java
javac A.java && jar cf app.jar A.class
java -jar app.jar
java -jar "$work/app.jar"
