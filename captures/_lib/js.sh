# Sourced by the capture scripts of the JavaScript tools: pnpm, yarn 2+, jest, vitest, eslint,
# prettier, vue-tsc, deno, bun (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# The tools come from $JSENV, a folder where they were installed once with npm:
#   cd /tmp/jsenv && npm i pnpm @yarnpkg/cli-dist jest vitest eslint prettier typescript vue-tsc @angular/cli
#   cd /tmp/jsenv2 && npm i deno bun
# else from npx (slower, same versions as the registry serves today). Older majors print other
# wordings; a capture runs them too when they are installed, each in its own folder:
#   /tmp/pnpm8, /tmp/pnpm9, /tmp/pnpm10  npm i pnpm@N        (pnpm_major)
#   /tmp/jest29                          npm i jest@29       (jest29)
#   /tmp/vitest2                         npm i vitest@2      (vitest2)
#   /tmp/eslint8, /tmp/eslint9           npm i eslint@N; eslint9 also typescript-eslint typescript
#                                        eslint-plugin-vue  (eslint_major)
#   /tmp/prettier2, /tmp/vite5, /tmp/yarn1 (npm i yarn@1, used through captures/_lib/yarn.sh)
# A few captures name their own folder (vue-tsc 1.8 with TypeScript 5.9, Pinia, ESLint 9 with
# ESLint 8 era plugins, an Angular project); each script says how it was made.
JSENV=${JSENV:-/tmp/jsenv}
JSENV2=${JSENV2:-/tmp/jsenv2}

# js_tool BIN PACKAGE ARGS...: run BIN from $JSENV (or $JSENV2), else through npx from PACKAGE.
js_tool() {
    local bin=$1 pkg=$2
    shift 2
    if [ -x "$JSENV/node_modules/.bin/$bin" ]; then
        "$JSENV/node_modules/.bin/$bin" "$@"
    elif [ -x "$JSENV2/node_modules/.bin/$bin" ]; then
        "$JSENV2/node_modules/.bin/$bin" "$@"
    else
        npx --yes -p "$pkg" "$bin" "$@"
    fi
}
pnpm() { js_tool pnpm pnpm "$@"; }
yarn4() { js_tool yarn @yarnpkg/cli-dist "$@"; }
prettier() { js_tool prettier prettier "$@"; }
deno() { js_tool deno deno "$@"; }
bun() { js_tool bun bun "$@"; }
# pnpm_major N ARGS...: run pnpm N from /tmp/pnpmN when it is installed.
pnpm_major() {
    local major=$1
    shift
    if [ -x "/tmp/pnpm$major/node_modules/.bin/pnpm" ]; then
        echo "\$ pnpm $* # pnpm $major"
        "/tmp/pnpm$major/node_modules/.bin/pnpm" "$@"
    fi
}

# jest29 ARGS...: jest 29 (npm i jest@29 in /tmp/jest29), whose wordings most reports quote,
# when it is installed.
jest29() {
    if [ -x /tmp/jest29/node_modules/.bin/jest ]; then
        echo "\$ jest $* # jest 29"
        /tmp/jest29/node_modules/.bin/jest "$@"
    fi
}

# vitest2 ARGS...: the same project run with vitest 2 (npm i vitest@2 in /tmp/vitest2), when it
# is installed: a copy of the work directory whose node_modules is vitest 2's.
vitest2() {
    [ -x /tmp/vitest2/node_modules/.bin/vitest ] || return 0
    rm -rf "$work/v2" && mkdir "$work/v2"
    find . -mindepth 1 -maxdepth 1 ! -name node_modules ! -name v2 ! -name '.*' -exec cp -r {} "$work/v2/" \;
    ln -s /tmp/vitest2/node_modules "$work/v2/node_modules"
    echo "\$ vitest $* # vitest 2"
    (cd "$work/v2" && ./node_modules/.bin/vitest "$@")
}

# eslint_major N ARGS...: ESLint N (npm i eslint@N in /tmp/eslintN; 9 also with
# typescript-eslint) run in the work directory with that folder's node_modules, so configs
# resolve their plugins there, when it is installed.
eslint_major() {
    local major=$1
    shift
    [ -x "/tmp/eslint$major/node_modules/.bin/eslint" ] || return 0
    rm -f node_modules && ln -s "/tmp/eslint$major/node_modules" node_modules
    echo "\$ eslint $* # eslint $major"
    ./node_modules/.bin/eslint "$@"
}

# corepack_cmd ARGS...: Node's corepack (on PATH with Node.js 16.9-24), else the same from the
# registry through npx. COREPACK_HOME is the work directory's (see js_sandbox).
corepack_cmd() {
    if command -v corepack >/dev/null 2>&1; then
        command corepack "$@"
    else
        npx --yes corepack "$@"
    fi
}

# js_sandbox: a work directory with private npm, pnpm and yarn caches and stores, so the
# caller's cached packages and settings do not change what the tools fetch or print.
js_sandbox() {
    enter_work_dir
    export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" \
        npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false \
        XDG_CACHE_HOME="$work/.cache" \
        XDG_DATA_HOME="$work/.data" XDG_CONFIG_HOME="$work/.config" \
        YARN_GLOBAL_FOLDER="$work/.yarn-global" YARN_ENABLE_GLOBAL_CACHE=false \
        YARN_ENABLE_TELEMETRY=0 YARN_NPM_REGISTRY_SERVER=https://registry.npmjs.org \
        DENO_DIR="$work/.deno" COREPACK_HOME="$work/.corepack" NO_COLOR=1
    unset FORCE_COLOR RUST_BACKTRACE
}

# js_project: a package.json in the work directory whose node_modules holds the test runners
# and linters: $JSENV's, linked, else installed from the registry.
js_project() {
    [ -f package.json ] || printf '{"name":"web","version":"1.0.0","private":true}\n' > package.json
    if [ -d "$JSENV/node_modules/jest" ]; then
        ln -s "$JSENV/node_modules" node_modules
    else
        npm install --no-save --silent jest vitest eslint prettier typescript vue-tsc >/dev/null 2>&1
    fi
}
