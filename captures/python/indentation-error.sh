#!/usr/bin/env bash
# Reproduces python/indentation-error: unexpected indent, missing block and mismatched dedent.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > a.py <<'EOF_FILE'
def main():
    x = 1
        y = 2
EOF_FILE
cat > b.py <<'EOF_FILE'
def main():
    if True:
    return 1
EOF_FILE
cat > c.py <<'EOF_FILE'
def main():
    if True:
        x = 1
      return x
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    for f in a b c; do "$py" $f.py 2>&1; done
done
