#!/usr/bin/env bash
# Reproduces python/pickle-local-object: sending a lambda / local function to another process or pickling it.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
enter_work_dir
cat > app.py <<'EOF_FILE'
import multiprocessing as mp
def main():
    square = lambda x: x * x
    ctx = mp.get_context('spawn')
    with ctx.Pool(2) as pool:
        print(pool.map(square, [1, 2]))
if __name__ == '__main__':
    main()
EOF_FILE
cat > b.py <<'EOF_FILE'
import pickle
pickle.dumps(lambda x: x)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | tail -n 3; "$py" b.py 2>&1 | tail -n 1
done
