#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
cat > Cache.java <<'JAVA'
import java.util.*;
public class Cache {
    public static void main(String[] args) {
        List<long[]> blocks = new ArrayList<>();
        while (true) blocks.add(new long[1_000_000]);
    }
}
JAVA
javac Cache.java
java -Xmx32m Cache
java -Xmx32m -XX:+HeapDumpOnOutOfMemoryError -XX:HeapDumpPath="$work/dump.hprof" Cache
