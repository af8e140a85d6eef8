#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
my_start --innodb-lock-wait-timeout=2
my_app_setup
my_app -e "create table stock(id int primary key, qty int) engine=innodb; insert into stock values (1, 10);"
my_app -e "begin; update stock set qty = qty - 1 where id = 1; select sleep(4); commit;" >/dev/null 2>&1 &
sleep 1
my_app -e "update stock set qty = qty - 2 where id = 1"
wait
