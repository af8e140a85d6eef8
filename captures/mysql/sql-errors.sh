#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
# Shared by the unknown-database/duplicate-entry/syntax/table/column records.
my_start
my_app_setup
my_root analytics
my_root -e "use analytics"
my_app <<'SQL'
create table users(id int primary key, email varchar(64) unique);
insert into users values (1, 'a@example.com');
insert into users values (1, 'b@example.com');
SQL
my_app -e "insert into users values (2, 'a@example.com')"
my_app -e "select * form users"
my_app -e "select * from users where"
my_app -e "select * from orders"
my_app -e "select emial from users"
