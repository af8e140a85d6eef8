#!/usr/bin/env bash
# Reproduces pip/could-not-open-requirements-file: -r names a file that is not there.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# Ignore machine-wide pip configuration (mirrors, find-links) so the output is what a user sees.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check -r requirements.txt 2>&1
venv/bin/pip install --disable-pip-version-check -r requirements/dev.txt 2>&1
printf -- '-r base.txt\npytest\n' > test.txt
venv/bin/pip install --disable-pip-version-check -r test.txt 2>&1
