# Sourced by the go capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# go_sandbox: a work directory with its own module and build caches, and no module proxy, so
# the output depends neither on what the caller has downloaded nor on the network.
go_sandbox() {
    enter_work_dir
    export GOPATH="$work/gopath" GOCACHE="$work/cache" GOPROXY=off
}
