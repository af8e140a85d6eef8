#!/usr/bin/env bash
# Reproduces pip/invalid-requirement: requirement strings that are not PEP 508.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# Ignore machine-wide pip configuration (mirrors, find-links) so the output is what a user sees.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check "requests=2.31.0" 2>&1
printf 'flask>=2.0,\nnumpy 1.26\n' > requirements.txt
venv/bin/pip install --disable-pip-version-check -r requirements.txt 2>&1
