#!/usr/bin/env bash
# Reproduces python/requests-max-retries-exceeded: requests against a closed port and an unresolvable host.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with requests installed.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import requests
for url in ("http://127.0.0.1:8794/api/health", "https://api.example.invalid/v1/items"):
    try:
        requests.get(url, timeout=3)
    except requests.exceptions.ConnectionError as exc:
        print(type(exc).__module__ + "." + type(exc).__name__ + ": " + str(exc))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" -c "import requests, urllib3; print('requests', requests.__version__, 'urllib3', urllib3.__version__)"; "$py" app.py 2>&1
done
