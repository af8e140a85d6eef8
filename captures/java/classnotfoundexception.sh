#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
cat > Db.java <<'JAVA'
public class Db {
    public static void main(String[] args) throws Exception {
        if (args.length == 0) Class.forName("com.mysql.cj.jdbc.Driver");
        new Helper().run();
    }
}
class Helper { void run() { System.out.println("ok"); } }
JAVA
javac Db.java
java Db
# A class present at compile time but missing at run time: NoClassDefFoundError.
rm Helper.class
java Db run
