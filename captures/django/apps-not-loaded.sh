#!/usr/bin/env bash
# Reproduces django/apps-not-loaded: a standalone script imports models before django.setup().
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat > script.py <<'EOF_FILE'
import os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
from blog.models import Post
print(Post.objects.count())
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" script.py 2>&1 | tail -n 3
done
