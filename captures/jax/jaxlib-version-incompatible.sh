#!/usr/bin/env bash
# Reproduces jax/jaxlib-version-incompatible: a throwaway venv gets the previous jax release and,
# through a .pth file, the interpreter's own jaxlib, so `import jax` meets a jaxlib newer than it
# accepts.
# Needs JAX (pip install jax) and a package index pip can reach for the older jax (a small
# pure-Python wheel). Without either the script reports SKIPPED (exit 77).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    jaxlib=$("$py" -c "import jaxlib.version as v; print(v.__version__)" 2>/dev/null) \
        || { echo "skipped: jax not installed"; exit "$CAPTURE_SKIPPED"; }
    older=$(echo "$jaxlib" | awk -F. '{ printf "%s.%s.%s", $1, $2, ($3 > 0 ? $3 - 1 : 0) }')
    [ "$older" != "$jaxlib" ] || { echo "skipped: no earlier jax patch release than $jaxlib"; exit "$CAPTURE_SKIPPED"; }
    site=$("$py" -c "import os, jaxlib; print(os.path.dirname(os.path.dirname(jaxlib.__file__)))")
    "$py" -m venv "$work/venv"
    echo "$site" > "$("$work/venv/bin/python" -c "import sysconfig; print(sysconfig.get_paths()['purelib'])")/outer-site.pth"
    "$work/venv/bin/pip" install -q --no-deps "jax==$older" >/dev/null 2>&1 \
        || { echo "skipped: cannot install jax==$older"; exit "$CAPTURE_SKIPPED"; }
    "$work/venv/bin/python" -c "import jax" 2>&1 | tail -n 1
done
