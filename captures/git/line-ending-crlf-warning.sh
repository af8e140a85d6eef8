#!/usr/bin/env bash
# Adding files with core.autocrlf=true (and a CRLF file with autocrlf=input).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# An isolated identity and config so the output does not depend on the caller's ~/.gitconfig.
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
git init -q repo && cd repo
git config core.autocrlf true
printf 'line one\nline two\n' > notes.txt
git add notes.txt
git config core.autocrlf input
printf 'a\r\nb\r\n' > dos.txt
git add dos.txt
