# Sourced by the npm capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# Older npm majors print other wordings; a capture runs them too when they are installed:
#   npm i -g npm@8 --prefix /tmp/npm8  (npm ERR! wording), npm i -g npm@6 --prefix /tmp/npm6
NPM8=${NPM8:-/tmp/npm8/bin/npm}
NPM6=${NPM6:-/tmp/npm6/bin/npm}

# npm_sandbox: a work directory with a private cache and user config, so the machine's npm
# state (tokens, registry, cached tarballs) stays out of the capture, and without the update,
# funding and audit notices that would pad the output.
npm_sandbox() {
    enter_work_dir
    export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" \
        npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false
}
