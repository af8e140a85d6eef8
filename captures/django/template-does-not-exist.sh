#!/usr/bin/env bash
# Reproduces django/template-does-not-exist: render() of a template no loader can find.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat >> mysite/settings.py <<'PY'
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True}]
PY
cat > script.py <<'EOF_FILE'
import os, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
django.setup()
from django.template.loader import render_to_string
render_to_string("blog/post_list.html", {})
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" script.py 2>&1 | tail -n 4
done
