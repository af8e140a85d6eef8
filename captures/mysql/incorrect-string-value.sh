#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
my_start
my_app_setup
# A utf8mb3 column cannot hold 4-byte characters such as emoji.
my_app --default-character-set=utf8mb4 -e "create table posts(id int primary key, body varchar(100)) character set utf8mb3; insert into posts values (1, 'launch day 🚀');"
