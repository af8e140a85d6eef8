#!/usr/bin/env bash
# Adding a directory that is itself a git repository (a nested clone) to another repository.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q app && cd app
echo a > a && git add a && git commit -qm init
git init -q vendor/theme && ( cd vendor/theme && echo t > t && git add t && git commit -qm theme )
echo '$ git add .'; git add .
