#!/usr/bin/env bash
# git over HTTP to a server that rejects the credentials it is given (stub server answering
# every request with 401 and a Basic challenge, as a forge does for a wrong or expired token).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git python3
git_sandbox
serve_http_status 401
echo '$ git clone http://dev:expired-token@127.0.0.1:'$port'/acme/widgets.git'
git clone "http://dev:expired-token@127.0.0.1:$port/acme/widgets.git"
echo '$ git ls-remote http://ci-bot:revoked@127.0.0.1:'$port'/acme/widgets.git'
git ls-remote "http://ci-bot:revoked@127.0.0.1:$port/acme/widgets.git"
