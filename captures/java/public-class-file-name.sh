#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf 'public class HelloWorld { public static void main(String[] a) { } }\n' > Main.java
javac Main.java
printf 'package com.acme;\npublic class OrderService { }\n' > orderservice.java
javac orderservice.java
