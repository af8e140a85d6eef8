#!/usr/bin/env bash
# Reproduces python/event-loop-closed: using an event loop after it was closed.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
import asyncio
loop = asyncio.new_event_loop()
loop.close()
async def ping():
    return 1
loop.run_until_complete(ping())
EOF_FILE
run_each_python app.py
