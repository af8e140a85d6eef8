#!/usr/bin/env bash
# Reproduces python/event-loop-closed: using an event loop after it was closed.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import asyncio
loop = asyncio.new_event_loop()
loop.close()
async def ping():
    return 1
loop.run_until_complete(ping())
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
