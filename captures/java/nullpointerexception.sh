#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac java
enter_work_dir
cat > Orders.java <<'JAVA'
import java.util.Map;
public class Orders {
    static String customer;
    public static void main(String[] args) {
        Map<String, String> emails = Map.of("ada", "ada@example.com");
        if (args.length == 0) System.out.println(customer.length());
        System.out.println(emails.get(args[0]).toUpperCase());
    }
}
JAVA
javac Orders.java
java Orders
java Orders bob
# Helpful NPE messages can be turned off; then the JVM prints the bare exception (Java 8-13 style).
java -XX:-ShowCodeDetailsInExceptionMessages Orders
