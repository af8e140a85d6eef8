#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac
enter_work_dir
cat > Report.java <<'JAVA'
import java.util.List;
public class Report {
    public static void main(String[] args) {
        List<String> rows = new ArrayList<>();
        String title = "Q3";
        System.out.println(titel.length());
        rows.stream().map(String::trim).collect(Collectors.toList());
    }
}
JAVA
javac Report.java
