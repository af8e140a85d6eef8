#!/usr/bin/env bash
# Reproduces django/secret-key-empty: settings with an empty SECRET_KEY (an unset env variable).
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
sed -i 's/^SECRET_KEY = .*/import os\nSECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")/' mysite/settings.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import os, django; os.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"mysite.settings\"); django.setup(); from django.conf import settings; settings.SECRET_KEY" 2>&1 | tail -n 4
done
