#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires javac
enter_work_dir
printf 'public class HelloWorld { public static void main(String[] a) { } }\n' > Main.java
javac Main.java
printf 'package com.acme;\npublic class OrderService { }\n' > orderservice.java
javac orderservice.java
