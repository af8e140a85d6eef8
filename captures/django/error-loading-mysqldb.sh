#!/usr/bin/env bash
# Reproduces django/error-loading-mysqldb: ENGINE django.db.backends.mysql without the mysqlclient driver installed.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
sed -i 's/"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"/"ENGINE": "django.db.backends.mysql", "NAME": "shop"/' mysite/settings.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" manage.py check 2>&1 | tail -n 2
done
