#!/usr/bin/env bash
# Reproduces python/nonetype-not-subscriptable: indexing a None result.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
def load():
    config = {"port": 8000}
    config.update(debug=True)
config = load()
print(config["port"])
EOF_FILE
run_each_python app.py
