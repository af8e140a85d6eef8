#!/usr/bin/env bash
# Reproduces python/syntax-error: a missing colon, an unclosed bracket and a Python 2 print statement.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > a.py <<'EOF_FILE'
def main()
    pass
EOF_FILE
cat > b.py <<'EOF_FILE'
items = [1, 2, 3
print(items)
EOF_FILE
cat > c.py <<'EOF_FILE'
print "hello"
EOF_FILE
cat > d.py <<'EOF_FILE'
x = {'a': 1 'b': 2}
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    for f in a b c d; do "$py" $f.py 2>&1; done
done
