#!/usr/bin/env bash
# A repository owned by another uid (needs root to chown; falls back to sudo -u).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q repo && ( cd repo && echo a > a && git add a && git commit -qm init )
# safe.directory only trusts repositories owned by the current user.
chown -R 12345:12345 repo
cd repo
git status
git log --oneline
chown -R "$(id -u):$(id -g)" "$work/repo"
