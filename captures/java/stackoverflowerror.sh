#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
cat > Tree.java <<'JAVA'
public class Tree {
    static int depth(int n) { return depth(n + 1) + 1; }
    public static void main(String[] args) { depth(0); }
}
JAVA
javac Tree.java
java Tree 2>&1 | head -n 6
