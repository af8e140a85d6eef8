#!/usr/bin/env bash
# Reproduces pip/retrying-connection-error: the index cannot be reached (refused connection,
# unresolvable host), so pip retries and then gives up.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
python3 -m venv venv
venv/bin/pip install --disable-pip-version-check --retries 2 --timeout 2 --index-url http://127.0.0.1:9/simple requests 2>&1
venv/bin/pip install --disable-pip-version-check --retries 1 --timeout 2 --index-url https://pypi.invalid/simple flask 2>&1
