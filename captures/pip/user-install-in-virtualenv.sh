#!/usr/bin/env bash
# Reproduces pip/user-install-in-virtualenv: --user inside a virtualenv.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# Ignore machine-wide pip configuration (mirrors, find-links) so the output is what a user sees.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check --user six 2>&1
PIP_USER=1 venv/bin/pip install --disable-pip-version-check six 2>&1
