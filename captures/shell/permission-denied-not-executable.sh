#!/usr/bin/env bash
# Reproduces shell/permission-denied-not-executable: running a script that lacks the execute bit.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires zsh
enter_work_dir
printf '#!/bin/sh\necho deployed\n' > deploy.sh
chmod 644 deploy.sh
bash -c './deploy.sh'
sh -c './deploy.sh'
zsh -f -c './deploy.sh'
mkdir -p scripts && cp deploy.sh scripts/build.sh
bash -c "$work/scripts/build.sh"
