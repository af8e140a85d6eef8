#!/usr/bin/env bash
# Reproduces mypy/library-stubs-not-installed: imports of packages whose types live in a separate
# typeshed stub distribution (types-PyYAML, types-requests...) that is not installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
printf 'import yaml\nimport six\n' > app.py
mypy --no-incremental app.py 2>&1
printf 'import requests.adapters\n' > client.py
mypy --no-incremental --ignore-missing-imports client.py 2>&1
mypy --no-incremental client.py 2>&1
