#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
# Compile against version 1 of a library, then run with version 2 where the method changed.
mkdir -p v1/lib v2/lib app
printf 'package lib;\npublic class Text { public static String shout(String s) { return s.toUpperCase(); } }\n' > v1/lib/Text.java
printf 'package lib;\npublic class Text { public static String shout(String s, int times) { return s.repeat(times); } }\n' > v2/lib/Text.java
printf 'public class App { public static void main(String[] a) { System.out.println(lib.Text.shout("hi")); } }\n' > app/App.java
javac -d v1/out v1/lib/Text.java && javac -d v2/out v2/lib/Text.java
javac -cp v1/out -d app/out app/App.java
java -cp app/out:v2/out App
