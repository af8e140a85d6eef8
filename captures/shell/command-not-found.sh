#!/usr/bin/env bash
# Reproduces shell/command-not-found in bash, sh (dash) and zsh.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires zsh script
enter_work_dir
bash -c 'uvicornx main:app --reload'
bash -c 'set -e; echo "step 1"; kubectlx get pods'
sh -c 'poetryx install'
zsh -f -c 'terraformx plan'
printf 'yarnx build\nexit\n' | script -qc 'zsh -f -i' /dev/null | tr -d '\r' | grep -a 'command not found'
printf 'npmx install\nexit\n' | script -qc 'bash --norc -i' /dev/null | tr -d '\r' | grep -a 'command not found'
