#!/usr/bin/env bash
# Reproduces ruff/unused-import: F401 reports in ruff's full and concise output formats, and the
# same rule from flake8-style tools.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv ruff
printf 'import os\nimport sys\nfrom typing import List, Optional\n\n\ndef f(x: Optional[int]) -> int:\n    return x or 0\n' > m.py
ruff check --no-cache --select F401 m.py 2>&1
ruff check --no-cache --select F401 --output-format concise m.py 2>&1
