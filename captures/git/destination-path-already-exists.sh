#!/usr/bin/env bash
# Cloning into a directory that already exists and has files in it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git init -q --bare widgets.git
mkdir -p widgets && echo notes > widgets/TODO.txt
echo '$ git clone ./widgets.git'; git clone ./widgets.git widgets
echo '$ git clone ./widgets.git .'; cd widgets && git clone ../widgets.git .
