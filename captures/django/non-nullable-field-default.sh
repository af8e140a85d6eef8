#!/usr/bin/env bash
# Reproduces django/non-nullable-field-default: makemigrations --noinput for a new required field.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    rm -rf blog/migrations
    "$py" manage.py makemigrations blog >/dev/null 2>&1
    echo '    author = models.CharField(max_length=100)' >> blog/models.py
    "$py" manage.py makemigrations --noinput 2>&1 | tail -n 3
    echo '--- interactive prompt ---'
    printf '2\n' | "$py" manage.py makemigrations 2>&1 | grep -v -e W042 -e HINT -e "^WARNINGS" -e "System check" -e "^$" | head -n 8
    sed -i '/author = /d' blog/models.py
done
