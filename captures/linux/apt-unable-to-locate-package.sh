#!/usr/bin/env bash
# Reproduces linux/apt-unable-to-locate-package: a name no configured repository has, and a
# virtual name with no candidate. Simulation only (-s): nothing is installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get
enter_work_dir
echo '$ apt-get install -s libfoo-nonexistent-dev'; apt-get install -s libfoo-nonexistent-dev 2>&1
echo '$ apt-get install -s python'; apt-get install -s python 2>&1
