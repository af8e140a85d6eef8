#!/usr/bin/env bash
# Reproduces python/requests-max-retries-exceeded: requests against a closed port and an unresolvable host.
# PYTHONS lists the interpreters to try (default: python3); PYTHONS must point at interpreters with requests installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import requests
for url in ("http://127.0.0.1:8794/api/health", "https://api.example.invalid/v1/items"):
    try:
        requests.get(url, timeout=3)
    except requests.exceptions.ConnectionError as exc:
        print(type(exc).__module__ + "." + type(exc).__name__ + ": " + str(exc))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -c "import requests, urllib3; print('requests', requests.__version__, 'urllib3', urllib3.__version__)"; "$py" app.py 2>&1
done
