#!/usr/bin/env bash
# Reproduces python/nonetype-not-subscriptable: indexing a None result.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
def load():
    config = {"port": 8000}
    config.update(debug=True)
config = load()
print(config["port"])
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
