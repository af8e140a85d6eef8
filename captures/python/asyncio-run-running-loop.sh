#!/usr/bin/env bash
# Reproduces python/asyncio-run-running-loop: calling asyncio.run() (or run_until_complete) inside a running loop, as in Jupyter.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import asyncio
async def fetch():
    return 1
async def main():
    asyncio.run(fetch())
asyncio.run(main())
EOF_FILE
cat > b.py <<'EOF_FILE'
import asyncio
async def fetch():
    return 1
async def main():
    asyncio.get_event_loop().run_until_complete(fetch())
asyncio.run(main())
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1 | tail -n 4; "$py" b.py 2>&1 | grep -v "^ "
done
