#!/usr/bin/env bash
# Reproduces python/multiprocessing-bootstrapping: starting processes with the spawn method from a script without the __main__ guard.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import multiprocessing as mp
mp.set_start_method('spawn', force=True)
def work(x):
    return x * 2
pool = mp.Pool(1)
print(pool.map(work, [1, 2]))
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    timeout 20 "$py" app.py 2>&1 | grep -B 2 -A 12 "^RuntimeError" | head -n 16
done
