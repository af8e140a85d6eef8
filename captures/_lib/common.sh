# Shared setup for capture scripts. Sourced, never run; a script finds it from its own
# location so it works whatever the caller's working directory:
#   . "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
# Files whose names start with "_" are helpers, not record scripts. A script declares the tools it
# runs with `requires TOOL...` (requires.sh) right after sourcing its helper.

# Sourcing twice would reset the exit trap and forget registered cleanups.
if [ -n "${_capture_common_loaded:-}" ]; then return 0; fi
_capture_common_loaded=1
capture_lib=$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")
. "$capture_lib/requires.sh"
# The running script's folder, resolved now: $0 may be relative and the script will cd away.
capture_dir=$(dirname "$(readlink -f "$0")")

# One EXIT trap for the whole script: helpers and scripts add to it instead of replacing it.
_capture_cleanups=()
# on_exit CMD: run CMD (evaluated then) when the script exits. The latest registration runs
# first, so a server started inside the work directory stops before the directory goes.
on_exit() { _capture_cleanups=("$1" "${_capture_cleanups[@]}"); }
_capture_run_cleanups() {
    local cmd
    for cmd in "${_capture_cleanups[@]}"; do eval "$cmd"; done
}
trap _capture_run_cleanups EXIT

# enter_work_dir: make $work, a fresh temporary directory removed on exit, and cd into it, so
# a capture neither reads nor leaves files where it was started.
enter_work_dir() {
    work=$(mktemp -d)
    on_exit 'rm -rf "$work"'
    cd "$work" || exit 1
}

# random_port: a port for a throwaway server on 127.0.0.1, random so parallel captures rarely clash.
random_port() { echo $((20000 + RANDOM % 20000)); }

# start_server CMD...: run a throwaway server in the background, stopped on exit; sets
# $server to its pid. Callers wait for it to listen (servers here are up within a second).
start_server() {
    "$@" &
    server=$!
    on_exit "kill $server 2>/dev/null"
}
