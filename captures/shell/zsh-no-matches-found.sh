#!/usr/bin/env bash
# Reproduces shell/zsh-no-matches-found: zsh treats unquoted [ ] as a glob and aborts the
# command when nothing matches (the default NOMATCH option).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires zsh script
enter_work_dir
zsh -f -c 'pip install uvicorn[standard]'
zsh -f -c 'python -m pip install -e .[dev,test]'
zsh -f -c 'poetry add "fastapi" httpx[http2]'
# an interactive shell prints the message without the line number
printf 'pip install uvicorn[standard]\nexit\n' | script -qc 'zsh -f -i' /dev/null | tr -d '\r' | grep -a 'no matches found'
# with the brackets quoted the glob is not attempted (pip itself is replaced by echo here)
zsh -f -c "echo pip install 'uvicorn[standard]'"
