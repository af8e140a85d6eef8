#!/usr/bin/env bash
# Reproduces python/unicode-decode-error-gbk: reading a UTF-8 file with the GBK codec, as Windows in a Chinese locale does by default.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.12.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
cat > app.py <<'EOF_FILE'
with open("notes.txt", "w", encoding="utf-8") as fh:
    fh.write("\u65e5\u5fd7 \u2014 caf\u00e9 \u201cok\u201d\n")
# On Windows with a Chinese locale, open() without encoding= uses GBK (cp936).
with open("notes.txt", encoding="gbk") as fh:
    print(fh.read())
EOF_FILE
run_each_python app.py
