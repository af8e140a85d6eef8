#!/usr/bin/env bash
# A command line longer than the kernel's ARG_MAX (a glob or substitution expanding to too
# many words for execve).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
echo '$ ls $(seq ...)   # 300000 names'; ls $(seq -f 'upload-%06g.jpg' 1 300000) >/dev/null
echo '$ rm uploads/*'; mkdir uploads; /usr/bin/rm uploads/$(printf 'x%.0s' $(seq 1 200000)) 2>&1 | head -1
