#!/usr/bin/env bash
# Reproduces django/disallowed-host: a request whose Host header is not in ALLOWED_HOSTS.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat > script.py <<'EOF_FILE'
import os, django
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mysite.settings")
django.setup()
from django.test import Client
import logging
logging.basicConfig(format="%(levelname)s %(name)s %(message)s")
print(Client(HTTP_HOST="api.example.com").get("/").status_code)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" script.py 2>&1 | grep -v "^ "
done
