#!/usr/bin/env bash
# Reproduces build/compiler-not-found: setuptools cannot run the C compiler while building an
# extension (simulated with CC naming a compiler that is not installed, as on a machine
# without build-essential).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/pip.sh"
requires python3
pip_sandbox
mkdir ext
printf '[build-system]\nrequires = ["setuptools>=61"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "crcmod-fast"\nversion = "1.7.1"\n' > ext/pyproject.toml
printf 'from setuptools import setup, Extension\nsetup(ext_modules=[Extension("crcmod_fast._crc", ["crc.c"])])\n' > ext/setup.py
printf 'int crc(void) { return 0; }\n' > ext/crc.c
python3 -m venv venv
CC=x86_64-linux-gnu-gcc-missing venv/bin/pip install ./ext 2>&1
mkdir bin && for t in python3 ; do ln -s "$(command -v $t)" bin/; done
