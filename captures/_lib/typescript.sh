# Sourced by the typescript capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# TypeScript comes from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx, so a
# capture runs on a machine without a prepared environment, only slower.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() {
    if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then
        "$TSC_DIR/node_modules/.bin/tsc" "$@"
    else
        npx --yes -p typescript@5 tsc "$@"
    fi
}

