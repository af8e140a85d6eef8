#!/usr/bin/env bash
# Shared by the foreign-key / no-default / data-too-long records: two InnoDB tables in strict
# mode, then the failing statements of the section named by $1 (fkey, nodefault, toolong; all
# sections when no argument is given).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
section=${1:-all}
my_start
my_app_setup
my_app -e "create table users(id int primary key, name varchar(20) not null) engine=innodb;
    create table orders(id int primary key, user_id int not null, foreign key (user_id) references users(id)) engine=innodb;
    insert into users values (1, 'ann'); insert into orders values (10, 1);"
case $section in fkey|all)
    my_app -e "insert into orders values (11, 99)"
    my_app -e "delete from users where id = 1" ;;
esac
case $section in nodefault|all) my_app -e "insert into users(id) values (2)" ;; esac
case $section in toolong|all) my_app -e "insert into users values (3, 'a name much longer than twenty characters')" ;; esac
