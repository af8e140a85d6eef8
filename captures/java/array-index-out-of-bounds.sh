#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
cat > Grid.java <<'JAVA'
import java.util.List;
public class Grid {
    public static void main(String[] args) {
        int[] cells = new int[3];
        if (args.length == 0) System.out.println(cells[3]);
        System.out.println(List.of("a", "b").get(5));
    }
}
JAVA
javac Grid.java
java Grid
java Grid x
