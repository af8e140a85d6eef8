#!/usr/bin/env bash
# Reproduces pip/no-matching-distribution: a name that is not on the index and a version
# that does not exist.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# Ignore machine-wide pip configuration (mirrors, find-links) so the output is what a user sees.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check fastapi-users-sqlalchemyx-nonexistent 2>&1
venv/bin/pip install --disable-pip-version-check "click==0.1" 2>&1
venv/bin/pip install --disable-pip-version-check -q -U pip >/dev/null 2>&1
venv/bin/pip --version
venv/bin/pip install --disable-pip-version-check torchx-nonexistent==2.1.0 2>&1
