#!/usr/bin/env bash
# Reproduces build/pkg-config-package-not-found: pkg-config asked for a library whose .pc file
# is not installed (no -dev / -devel package).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
pkg-config --cflags --libs libfoo-x 2>&1
pkg-config --exists --print-errors 'gtk4 >= 4.6' 2>&1
pkg-config --modversion libsystemdx 2>&1
