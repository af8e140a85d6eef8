#!/usr/bin/env bash
# Reproduces python/typeerror-missing-self: a method defined without self, and an instance method called on the class.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
class Greeter:
    def hello():
        return "hi"
    def bye(self):
        return "bye"
try:
    Greeter().hello()
except TypeError:
    import traceback; traceback.print_exc()
Greeter.bye()
EOF_FILE
run_each_python app.py
