# Sourced by the yarn capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# yarn 1 from $YARN (npm i yarn@1 in /tmp/yarn1).
YARN=${YARN:-/tmp/yarn1/node_modules/.bin/yarn}

# yarn_sandbox: a work directory with its own yarn cache, so the caller's cached packages do
# not change what yarn fetches or prints.
yarn_sandbox() {
    enter_work_dir
    export YARN_CACHE_FOLDER="$work/.yarn-cache"
}
