#!/usr/bin/env bash
# Reproduces django/allowed-hosts-debug-false: runserver with DEBUG = False and ALLOWED_HOSTS empty.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
sed -i 's/^ALLOWED_HOSTS = .*/ALLOWED_HOSTS = []/' mysite/settings.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    timeout 5 "$py" manage.py runserver 127.0.0.1:58124 --noreload 2>&1 | tail -n 1
done
