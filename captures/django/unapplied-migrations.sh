#!/usr/bin/env bash
# Reproduces django/unapplied-migrations: runserver on a project whose migrations were never applied.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" manage.py makemigrations blog >/dev/null 2>&1
    timeout 4 "$py" manage.py runserver 127.0.0.1:58123 --noreload 2>&1 | head -n 12
done
