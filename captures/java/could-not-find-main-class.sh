#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
mkdir -p src/com/example && cat > src/com/example/App.java <<'JAVA'
package com.example;
public class App { public static void main(String[] args) { System.out.println("hi"); } }
JAVA
javac -d out src/com/example/App.java
java App
java -cp out App
java -cp . com.example.App
java com/example/App.class
