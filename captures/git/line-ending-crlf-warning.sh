#!/usr/bin/env bash
# Adding files with core.autocrlf=true (and a CRLF file with autocrlf=input).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && cd repo
git config core.autocrlf true
printf 'line one\nline two\n' > notes.txt
git add notes.txt
git config core.autocrlf input
printf 'a\r\nb\r\n' > dos.txt
git add dos.txt
