#!/usr/bin/env bash
# Reproduces python/coroutine-never-awaited: calling an async function without await.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import asyncio
async def save(x):
    await asyncio.sleep(0)
async def main():
    save(1)
asyncio.run(main())
EOF_FILE
run_each_python app.py
