#!/usr/bin/env bash
# Reproduces django/no-reverse-match: reversing a URL name that does not exist and one with missing arguments.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
mkdir -p "mysite"
cat > mysite/__init__.py <<'EOF_FILE'

EOF_FILE
mkdir -p "mysite"
cat > mysite/settings.py <<'EOF_FILE'
SECRET_KEY = "capture-only"
DEBUG = False
ALLOWED_HOSTS = ["localhost"]
INSTALLED_APPS = ["django.contrib.contenttypes", "django.contrib.auth", "blog"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "db.sqlite3"}}
ROOT_URLCONF = "mysite.urls"
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
USE_TZ = True
EOF_FILE
mkdir -p "mysite"
cat > mysite/urls.py <<'EOF_FILE'
from django.http import HttpResponse
from django.urls import path
def detail(request, pk):
    return HttpResponse(str(pk))
urlpatterns = [path("posts/<int:pk>/", detail, name="post-detail")]
EOF_FILE
mkdir -p "blog"
cat > blog/__init__.py <<'EOF_FILE'

EOF_FILE
mkdir -p "blog"
cat > blog/models.py <<'EOF_FILE'
from django.db import models
class Post(models.Model):
    title = models.CharField(max_length=200)
EOF_FILE
cat > manage.py <<'EOF_FILE'
import os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
from django.core.management import execute_from_command_line
execute_from_command_line(sys.argv)
EOF_FILE
cat > script.py <<'EOF_FILE'
import os, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
django.setup()
from django.urls import reverse, NoReverseMatch
for args in (("post_detail", ()), ("post-detail", ())):
    try:
        reverse(args[0], args=args[1])
    except NoReverseMatch as exc:
        print("django.urls.exceptions.NoReverseMatch:", exc)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" script.py 2>&1
done
