#!/usr/bin/env bash
# Reproduces python/nonetype-has-no-attribute: calling a method on a None result.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import re
m = re.match(r"(\d+)", "abc")
print(m.group(1))
EOF_FILE
run_each_python app.py
