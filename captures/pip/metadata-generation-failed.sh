#!/usr/bin/env bash
# Reproduces pip/metadata-generation-failed: the package's setup.py raises while pip asks it
# for metadata (legacy egg_info, PEP 517 get_requires_for_build_wheel, prepare_metadata).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
mkdir legacy modern
printf 'import os\nfrom setuptools import setup\nif "CUDA_HOME" not in os.environ:\n    raise RuntimeError("CUDA_HOME environment variable is not set")\nsetup(name="gpu-kernels", version="0.4.1")\n' > legacy/setup.py
cp legacy/setup.py modern/setup.py
printf '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n' > modern/pyproject.toml
python3 -m venv old
old/bin/pip --version
old/bin/pip install ./legacy 2>&1
mkdir meta
printf 'import sys\nfrom setuptools import setup\nif "dist_info" in sys.argv:\n    raise SystemExit("error: invalid version string for package metadata: 2.0-beta_final")\nsetup(name="reportgen", version="2.0")\n' > meta/setup.py
cp modern/pyproject.toml meta/
old/bin/pip install ./meta 2>&1
python3 -m venv new
new/bin/pip install -q -U pip >/dev/null 2>&1
new/bin/pip --version
new/bin/pip install ./legacy 2>&1
