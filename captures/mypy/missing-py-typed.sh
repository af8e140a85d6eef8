#!/usr/bin/env bash
# Reproduces mypy/missing-py-typed: a package installed in the environment ships no py.typed marker
# and has no stubs, so mypy will not analyze it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pytools.sh"
requires python3
pip_sandbox
tool_venv mypy
mkdir -p untyped/untypedlib
printf '[project]\nname = "untypedlib"\nversion = "0.1"\n[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n' > untyped/pyproject.toml
printf 'def f():\n    return 1\n' > untyped/untypedlib/__init__.py
printf 'def g():\n    return 2\n' > untyped/untypedlib/sub.py
pip install -q --disable-pip-version-check ./untyped >/dev/null 2>&1
printf 'import untypedlib\nfrom untypedlib.sub import g\n' > app.py
mypy --no-incremental app.py 2>&1
