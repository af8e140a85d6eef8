#!/usr/bin/env bash
# Reproduces shell/bad-substitution: bash-only parameter expansions run by sh (dash).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
printf 'name=report.tar.gz\necho "${name^^}"\n' > upper.sh
sh upper.sh
printf 'v=1.2.3\necho ${v//./-}\n' > rep.sh
sh rep.sh
printf 'arr=(a b)\necho ${arr[0]}\n' > arr.sh
sh arr.sh
bash -c 'echo ${1.2}'
