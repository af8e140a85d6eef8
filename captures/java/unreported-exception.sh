#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
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
