#!/usr/bin/env bash
# Reproduces django/csrf-verification-failed: a POST without a CSRF token, and from an origin not in CSRF_TRUSTED_ORIGINS.
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
def submit(request):
    return HttpResponse("ok")
urlpatterns = [path("submit/", submit)]
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
import os, django, logging
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
django.setup()
from django.conf import settings
settings.MIDDLEWARE = ["django.middleware.csrf.CsrfViewMiddleware"]
logging.basicConfig(format="%(levelname)s %(name)s %(message)s")
from django.test import Client
c = Client(enforce_csrf_checks=True, HTTP_HOST="localhost")
print(c.post("/submit/", {"a": 1}).status_code)
c.cookies["csrftoken"] = "x" * 32
print(c.post("/submit/", {"a": 1, "csrfmiddlewaretoken": "x" * 32}, HTTP_ORIGIN="https://evil.example", secure=True).status_code)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" script.py 2>&1
done
