#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
cat > Purge.java <<'JAVA'
import java.util.*;
public class Purge {
    public static void main(String[] args) {
        if (args.length == 0) {
            List<String> names = new ArrayList<>(List.of("a", "b", "c"));
            for (String n : names) if (n.equals("a")) names.remove(n);
        }
        Map<String, Integer> m = new HashMap<>(Map.of("x", 1, "y", 2));
        for (String k : m.keySet()) m.put(k + "2", 0);
    }
}
JAVA
javac Purge.java
java Purge
java Purge map
