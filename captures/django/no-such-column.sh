#!/usr/bin/env bash
# Reproduces django/no-such-column: a field added to the model without a migration for it.
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
print(list(Post.objects.all()))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    rm -rf db.sqlite3 blog/migrations
    "$py" manage.py makemigrations blog >/dev/null 2>&1
    "$py" manage.py migrate >/dev/null 2>&1
    echo '    slug = models.SlugField(default="")' >> blog/models.py
    "$py" script.py 2>&1 | tail -n 4
    sed -i '/slug = /d' blog/models.py
done
