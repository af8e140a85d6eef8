#!/usr/bin/env bash
# Reproduces pip/hash-mismatch: a requirements file pinned with a hash that the downloaded
# file does not have, and hash-checking mode with an unhashed dependency.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
# Ignore machine-wide pip configuration (mirrors, find-links) so the output is what a user sees.
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS
python3 -m venv venv
printf 'six==1.16.0 --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000\n' > requirements.txt
venv/bin/pip install --disable-pip-version-check --no-cache-dir -r requirements.txt 2>&1 | grep -v '^ *[-╸━]'
printf 'requests==2.31.0 --hash=sha256:58cd2187c01e70e6e26505bca751777aa9f2ee0b7f4300988b709f44e013003f\n' > req2.txt
venv/bin/pip install --disable-pip-version-check --no-cache-dir -r req2.txt 2>&1 | grep -v '^ *[-╸━]'
