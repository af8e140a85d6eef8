#!/usr/bin/env bash
# Reproduces django/reverse-accessor-clash: two ForeignKeys from one model to the same model without related_name.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
cat >> blog/models.py <<'PY'
from django.contrib.auth.models import User
class Message(models.Model):
    sender = models.ForeignKey(User, on_delete=models.CASCADE)
    recipient = models.ForeignKey(User, on_delete=models.CASCADE)
PY
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" manage.py check 2>&1 | grep -v -e W042 -e "HINT: Configure" | head -n 7
done
