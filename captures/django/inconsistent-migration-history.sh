#!/usr/bin/env bash
# Reproduces django/inconsistent-migration-history: a custom user model (AUTH_USER_MODEL) added after
# django.contrib.admin was already migrated against auth.User.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with Django installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/django.sh"
enter_work_dir
django_project
sed -i 's/^INSTALLED_APPS = .*/INSTALLED_APPS = ["django.contrib.admin", "django.contrib.contenttypes", "django.contrib.auth", "django.contrib.sessions", "django.contrib.messages", "blog"]/' mysite/settings.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    rm -rf blog/migrations db.sqlite3 accounts
    "$py" manage.py migrate --skip-checks >/dev/null 2>&1
    mkdir -p accounts && echo > accounts/__init__.py
    printf 'from django.contrib.auth.models import AbstractUser\nclass User(AbstractUser):\n    pass\n' > accounts/models.py
    sed -i 's/"blog"\]/"blog", "accounts"]/' mysite/settings.py
    grep -q AUTH_USER_MODEL mysite/settings.py || echo 'AUTH_USER_MODEL = "accounts.User"' >> mysite/settings.py
    "$py" manage.py makemigrations --skip-checks accounts >/dev/null 2>&1
    "$py" manage.py migrate --skip-checks 2>&1 | grep -v -e W042 -e HINT -e "^WARNINGS" -e "System check" -e "^$" | tail -n 2
done
