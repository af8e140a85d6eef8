#!/usr/bin/env bash
# Reproduces pip/ssl-module-not-available: an interpreter whose ssl module cannot be imported
# (simulated by blocking _ssl, as a Python built without OpenSSL headers behaves).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
export PIP_CONFIG_FILE=/dev/null
unset PIP_FIND_LINKS
python3 -m venv venv
mkdir block
printf 'import sys\nsys.modules["_ssl"] = None\n' > block/sitecustomize.py
PYTHONPATH="$work/block" venv/bin/pip install --retries 1 --timeout 5 requests 2>&1
