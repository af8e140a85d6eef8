#!/usr/bin/env bash
# Shared by the syntax-error / already-exists / dependent-objects / subquery-rows /
# unique-index records: one schema, then the failing statements of the section named by $1
# (syntax, exists, depend, subquery, uniqueindex; all when no argument is given).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
section=${1:-all}
pg_start
pg_app_setup
run() { PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb "$@"; }
run -c "create table users(id int primary key, email text)" -c "insert into users values (1, 'a@example.com'), (2, 'a@example.com')" \
    -c "create table orders(id int primary key, user_id int references users(id))" -c "create view user_emails as select email from users"
case $section in syntax|all)
    run -c "select * form users"
    run -c "insert into users (id, email) values (3, 'b@example.com'"
    run -c "select id, from users"
    ;;
esac
case $section in exists|all)
    run -c "create table users(id int)"
    run -c "alter table users add column email text" ;;
esac
case $section in depend|all)
    run -c "drop table users"
    run -c "alter table users drop column email" ;;
esac
case $section in subquery|all) run -c "insert into orders values (10, 1)" -c "select id, (select email from users) from orders" -c "update orders set user_id = (select id from users)" ;; esac
case $section in uniqueindex|all) run -c "create unique index users_email_key on users(email)" -c "alter table users add constraint users_email_uniq unique (email)" ;; esac
