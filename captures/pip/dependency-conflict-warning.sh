#!/usr/bin/env bash
# Reproduces pip/dependency-conflict-warning: a later install breaks what an earlier one needed.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# Ignore machine-wide pip configuration (mirrors, find-links) so the output is what a user sees.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check -q "requests==2.31.0" 2>&1
venv/bin/pip install --disable-pip-version-check -q "urllib3==1.20" 2>&1
venv/bin/pip install --disable-pip-version-check -q "charset-normalizer==1.4.1" 2>&1
