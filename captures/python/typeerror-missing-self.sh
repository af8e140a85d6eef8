#!/usr/bin/env bash
# Reproduces python/typeerror-missing-self: a method defined without self, and an instance method called on the class.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
class Greeter:
    def hello():
        return "hi"
    def bye(self):
        return "bye"
try:
    Greeter().hello()
except TypeError:
    import traceback; traceback.print_exc()
Greeter.bye()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; print("Python", sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
