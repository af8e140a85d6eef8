#!/usr/bin/env bash
# Reproduces python/nonetype-has-no-attribute: calling a method on a None result.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import re
m = re.match(r"(\d+)", "abc")
print(m.group(1))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
