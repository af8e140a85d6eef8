#!/usr/bin/env bash
# Reproduces python/coroutine-never-awaited: calling an async function without await.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
cat > app.py <<'EOF_FILE'
import asyncio
async def save(x):
    await asyncio.sleep(0)
async def main():
    save(1)
asyncio.run(main())
EOF_FILE
for py in ${PYTHONS:-python3}; do
    echo "--- $("$py" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
    "$py" app.py 2>&1
done
