#!/usr/bin/env bash
# Reproduces uv/externally-managed: `uv pip install --system` into Debian's python3, which is marked
# externally managed (PEP 668).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv uv
uvbin=$(command -v uv)
[ -f /usr/lib/python3*/EXTERNALLY-MANAGED ] || ls /usr/lib/python3*/EXTERNALLY-MANAGED >/dev/null 2>&1 || { echo "skipped: no externally managed system Python"; exit "$CAPTURE_SKIPPED"; }
PATH=/usr/bin:/bin "$uvbin" pip install --system --dry-run six 2>&1
