#!/usr/bin/env bash
# Reproduces python/asyncio-run-running-loop: calling asyncio.run() (or run_until_complete) inside a running loop, as in Jupyter.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
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
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 4; "$py" b.py 2>&1 | grep -v "^ "
done
