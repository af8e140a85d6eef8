#!/usr/bin/env bash
# Reproduces django/settings-not-configured: a script imports models with no DJANGO_SETTINGS_MODULE.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat > script.py <<'EOF_FILE'
from blog.models import Post
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    env -u DJANGO_SETTINGS_MODULE "$py" script.py 2>&1 | tail -n 1
done
