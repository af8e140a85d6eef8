#!/usr/bin/env bash
# Reproduces django/conflicting-migrations: two migrations with the same parent (two branches merged).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    rm -rf blog/migrations db.sqlite3
    "$py" manage.py makemigrations blog >/dev/null 2>&1
    mkdir -p /tmp/errkb-dj-m && cp blog/migrations/0001_initial.py /tmp/errkb-dj-m/
    echo '    slug = models.SlugField(default="")' >> blog/models.py
    "$py" manage.py makemigrations blog -n add_slug >/dev/null 2>&1
    sed -i '/slug = /d' blog/models.py
    echo '    body = models.TextField(default="")' >> blog/models.py
    mv blog/migrations/0002_add_slug.py /tmp/errkb-dj-m/
    "$py" manage.py makemigrations blog -n add_body >/dev/null 2>&1
    mv /tmp/errkb-dj-m/0002_add_slug.py blog/migrations/
    "$py" manage.py migrate 2>&1 | tail -n 3
    sed -i '/body = /d' blog/models.py
    rm -rf /tmp/errkb-dj-m
done
