#!/usr/bin/env bash
# Reproduces django/append-slash-post: a POST to a URL without its trailing slash while APPEND_SLASH is on.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat > mysite/urls.py <<'PY'
from django.http import HttpResponse
from django.urls import path
def signup(request):
    return HttpResponse("ok")
urlpatterns = [path("signup/", signup)]
PY
sed -i 's/^DEBUG = False/DEBUG = True/' mysite/settings.py
sed -i "s/^ALLOWED_HOSTS = .*/ALLOWED_HOSTS = [\"testserver\"]/" mysite/settings.py
cat > script.py <<'EOF_FILE'
import os, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
django.setup()
from django.test import Client
Client().post("/signup", {"name": "ann"})
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" script.py 2>&1 | tail -n 1
done
