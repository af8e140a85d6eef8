#!/usr/bin/env bash
# git over HTTP with no credentials and terminal prompts disabled (as in CI) against a server
# that answers 401 with a Basic challenge (a private repository).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git python3
git_sandbox
serve_http_status 401
echo '$ git clone http://127.0.0.1:'$port'/acme/private.git'
git clone "http://127.0.0.1:$port/acme/private.git"
echo '$ git ls-remote (no credential helper)'
git ls-remote "http://127.0.0.1:$port/acme/private.git"
