#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
cat > Parse.java <<'JAVA'
public class Parse {
    public static void main(String[] args) {
        String v = args.length > 0 ? args[0] : "12a";
        if (v.equals("empty")) v = "";
        if (v.equals("long")) { System.out.println(Long.parseLong("9223372036854775808")); }
        System.out.println(Integer.parseInt(v));
    }
}
JAVA
javac Parse.java
java Parse
java Parse " 42"
java Parse empty
java Parse long
