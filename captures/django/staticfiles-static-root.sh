#!/usr/bin/env bash
# Reproduces django/staticfiles-static-root: collectstatic without STATIC_ROOT.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
sed -i 's/"blog"\]/"django.contrib.staticfiles", "blog"]/' mysite/settings.py
echo 'STATIC_URL = "static/"' >> mysite/settings.py
mkdir -p blog/static/blog && echo "body{}" > blog/static/blog/site.css
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" manage.py collectstatic --noinput 2>&1 | tail -n 2
done
