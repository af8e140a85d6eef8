#!/usr/bin/env bash
# Cloning from a host name DNS cannot resolve.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
git clone https://github.invalid/acme/widgets.git
git ls-remote https://gitlab.example.invalid/group/project.git
