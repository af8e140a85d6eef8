#!/usr/bin/env bash
# Reproduces django/multiple-objects-returned: .get() that matches more than one row.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat > script.py <<'EOF_FILE'
import os, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
django.setup()
from blog.models import Post
Post.objects.create(title='a'); Post.objects.create(title='a')
Post.objects.get(title='a')
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    rm -rf blog/migrations db.sqlite3
    "$py" manage.py makemigrations blog >/dev/null 2>&1
    "$py" manage.py migrate >/dev/null 2>&1
    "$py" script.py 2>&1 | tail -n 3
done
