#!/usr/bin/env bash
# Reproduces python/too-many-open-files: opening files in a loop without closing them, under a low descriptor limit.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
handles = []
for i in range(10000):
    handles.append(open(__file__))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    (ulimit -n 256; "$py" app.py 2>&1)
done
