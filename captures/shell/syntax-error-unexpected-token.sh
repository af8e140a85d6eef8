#!/usr/bin/env bash
# Reproduces shell/syntax-error-unexpected-token: shell grammar errors in bash and sh.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
printf 'if [ -f x ]\n  echo yes\nfi\n' > a.sh
bash a.sh
printf 'for f in *.txt do\n  echo "$f"\ndone\n' > b.sh
bash b.sh
printf 'x=$(( 1 + )\nfunction f() {\n' > c.sh
sh c.sh
printf 'diff <(sort a) <(sort b)\n' > d.sh
sh d.sh
