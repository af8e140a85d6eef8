#!/usr/bin/env bash
# Reproduces pytest/unrecognized-arguments: options that belong to plugins (pytest-cov's --cov,
# pytest-xdist's -n, pytest-timeout's --timeout) used without the plugin installed, on the command
# line and in addopts.
# PYTHONS lists the interpreters to try (default: python3); each needs pytest installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires python3
enter_work_dir
printf 'def test_ok():\n    pass\n' > test_ok.py
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    "$py" -m pytest -p no:cacheprovider -p no:cov -p no:xdist --cov=app test_ok.py 2>&1
    "$py" -m pytest -p no:cacheprovider -p no:cov -p no:xdist -n 4 test_ok.py 2>&1
    printf '[pytest]\naddopts = --timeout=30\n' > pytest.ini
    "$py" -m pytest -p no:cacheprovider -p no:timeout test_ok.py 2>&1
    rm pytest.ini
done
