#!/usr/bin/env bash
# Reproduces angular/outside-workspace: ng commands that need angular.json run in a folder
# without one.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export NG_CLI_ANALYTICS=false
ng() { js_tool ng @angular/cli "$@"; }
for cmd in build serve 'generate component user-card'; do
    echo "\$ ng $cmd"
    # shellcheck disable=SC2086  # the words of the command
    ng $cmd
done
exit 0
