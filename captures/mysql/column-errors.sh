#!/usr/bin/env bash
# Shared by the column-cannot-be-null / key-too-long records: failing statements of the
# section named by $1 (null, keylen; all sections when no argument is given).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
section=${1:-all}
my_start
my_app_setup
my_app -e "create table users(id int primary key, email varchar(255) not null) engine=innodb default charset=utf8mb4;"
case $section in null|all) my_app -e "insert into users values (1, NULL)" ;; esac
case $section in keylen|all)
    my_app -e "create table pages(id int primary key, url varchar(1000), unique key (url)) engine=innodb default charset=utf8mb4"
    my_app -e "create table tags(name varchar(255)) engine=innodb default charset=utf8mb4 row_format=compact; alter table tags add unique index (name)" ;;
esac
