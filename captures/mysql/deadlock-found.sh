#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
my_start
my_app_setup
my_app -e "create table acct(id int primary key, bal int) engine=innodb; insert into acct values (1, 100), (2, 100);"
# Two transactions lock the same two rows in opposite order.
my_app -e "begin; update acct set bal = bal - 1 where id = 1; select sleep(1); update acct set bal = bal + 1 where id = 2; commit;" >/dev/null 2>"$MYTMP/a.err" &
a=$!
my_app -e "begin; update acct set bal = bal - 1 where id = 2; select sleep(1); update acct set bal = bal + 1 where id = 1; commit;" >/dev/null 2>"$MYTMP/b.err" &
b=$!
wait "$a" "$b"
cat "$MYTMP/a.err" "$MYTMP/b.err"
