#!/usr/bin/env bash
# Reproduces django/csrf-verification-failed: a POST without a CSRF token, and from an origin not in CSRF_TRUSTED_ORIGINS.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat > mysite/urls.py <<'EOF_FILE'
from django.http import HttpResponse
from django.urls import path
def submit(request):
    return HttpResponse("ok")
urlpatterns = [path("submit/", submit)]
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
    python_banner "$py"
    "$py" script.py 2>&1
done
