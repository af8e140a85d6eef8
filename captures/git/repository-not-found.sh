#!/usr/bin/env bash
# git over HTTP to a repository the server says does not exist (404) - a stub server answering
# 404, as forges do for missing repositories and for private ones you cannot see.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git python3
git_sandbox
serve_http_status 404 "Repository not found."
echo '$ git clone http://127.0.0.1:'$port'/acme/widgest.git'
git clone "http://127.0.0.1:$port/acme/widgest.git"
echo '$ git ls-remote http://127.0.0.1:'$port'/acme/private-infra.git'
git ls-remote "http://127.0.0.1:$port/acme/private-infra.git"
