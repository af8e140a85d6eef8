#!/usr/bin/env bash
# Reproduces django/error-loading-psycopg: ENGINE django.db.backends.postgresql in an environment
# without psycopg (3) or psycopg2.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with
# Django installed and neither psycopg nor psycopg2.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
sed -i 's/"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"/"ENGINE": "django.db.backends.postgresql", "NAME": "appdb"/' mysite/settings.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" manage.py check 2>&1 | tail -n 1
done
