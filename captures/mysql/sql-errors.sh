#!/usr/bin/env bash
# Shared by the unknown-database/duplicate-entry/syntax/table/column records: one table, then
# the failing statements of the section named by $1 (database, duplicate, syntax, table,
# column; all sections when no argument is given).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
section=${1:-all}
my_start
my_app_setup
my_app -e "create table users(id int primary key, email varchar(64) unique); insert into users values (1, 'a@example.com');"
case $section in database|all)
    my_root analytics </dev/null
    my_root -e "use analytics" ;;
esac
case $section in duplicate|all)
    my_app -e "insert into users values (1, 'b@example.com')"
    my_app -e "insert into users values (2, 'a@example.com')" ;;
esac
case $section in syntax|all)
    my_app -e "select * form users"
    my_app -e "select * from users where" ;;
esac
case $section in table|all) my_app -e "select * from orders" ;; esac
case $section in column|all) my_app -e "select emial from users" ;; esac
