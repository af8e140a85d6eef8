#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
cat > Hello.java <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hi"); } }
JAVA
javac Hello.java
# Stamp the class file as Java 21 (major 65), as if a newer javac had built it.
printf '\x00\x41' | dd of=Hello.class bs=1 seek=6 conv=notrunc 2>/dev/null
java Hello
mkdir -p lib && cp Hello.class lib/ && printf 'public class Main { public static void main(String[] a) { Hello.main(a); } }\n' > Main.java
javac -cp lib -d . Main.java 2>&1
