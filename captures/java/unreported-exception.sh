#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac
enter_work_dir
cat > Load.java <<'JAVA'
import java.nio.file.*;
public class Load {
    public static void main(String[] args) {
        String text = Files.readString(Path.of("config.json"));
        Thread.sleep(100);
    }
}
JAVA
javac Load.java
