#!/usr/bin/env bash
# Reproduces django/no-reverse-match: reversing a URL name that does not exist and one with missing arguments.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat > mysite/urls.py <<'EOF_FILE'
from django.http import HttpResponse
from django.urls import path
def detail(request, pk):
    return HttpResponse(str(pk))
urlpatterns = [path("posts/<int:pk>/", detail, name="post-detail")]
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
    python_banner "$py"
    "$py" script.py 2>&1
done
