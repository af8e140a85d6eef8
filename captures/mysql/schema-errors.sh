#!/usr/bin/env bash
# Shared by the errno-150 / table-exists / only-full-group-by / incorrect-datetime records:
# one schema, then the failing statements of the section named by $1 (fk150, exists, groupby,
# datetime; all sections when no argument is given).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
section=${1:-all}
my_start
my_app_setup
my_app -e "create table users(id int unsigned primary key, name varchar(20), created datetime) engine=innodb; insert into users values (1, 'ann', now());"
case $section in fk150|all)
    my_app -e "create table orders(id int primary key, user_id int, foreign key (user_id) references users(id)) engine=innodb"
    my_app -e "create table invoices(id int primary key, user_name varchar(20), foreign key (user_name) references users(name)) engine=innodb" ;;
esac
case $section in exists|all) my_app -e "create table users(id int)" ;; esac
case $section in groupby|all) my_app -e "set session sql_mode = 'ONLY_FULL_GROUP_BY'; select name, id, count(*) from users group by name" ;; esac
case $section in datetime|all)
    my_app -e "insert into users values (2, 'bob', '2024-02-30 10:00:00')"
    my_app -e "insert into users values (3, 'cy', '0000-00-00 00:00:00')"
    my_app -e "insert into users values (4, 'di', '2024-03-10T14:30:00.000Z')" ;;
esac
