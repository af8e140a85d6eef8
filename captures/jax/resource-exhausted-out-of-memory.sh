#!/usr/bin/env bash
# Reproduces jax/resource-exhausted-out-of-memory on the CPU backend: a 4 TB jnp.zeros cannot be
# allocated, which XLA reports the same way as a full GPU.
# Needs JAX (pip install jax; the CPU jaxlib is enough). JAX has no console script to declare, so
# the script checks the import itself and reports SKIPPED (exit 77) without it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
for py in ${PYTHONS:-python3}; do
    "$py" -c "import jax" 2>/dev/null || { echo "skipped: jax not installed"; exit "$CAPTURE_SKIPPED"; }
done
cat > app.py <<'EOF_FILE'
import jax
import jax.numpy as jnp
print("jax", jax.__version__, jax.devices())
jnp.zeros((100000, 100000, 100)).block_until_ready()
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" app.py 2>&1 | grep -E '^jax |RESOURCE_EXHAUSTED'
done
