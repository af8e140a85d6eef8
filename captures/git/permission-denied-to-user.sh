#!/usr/bin/env bash
# git over HTTP authenticated as a user who may read but not write the repository: a stub
# server answering 403 with a forge-style message on the push request.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git python3
git_sandbox
serve_http_status 403 "Permission to acme/widgets.git denied to jdoe-old."
git init -q repo && cd repo && git commit -q --allow-empty -m init
echo '$ git push http://jdoe-old:token@127.0.0.1:'$port'/acme/widgets.git HEAD:main'
git push "http://jdoe-old:token@127.0.0.1:$port/acme/widgets.git" HEAD:main
