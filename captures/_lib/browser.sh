# Sourced by the capture scripts that load a page in headless Chromium (Debian: apt-get install
# chromium) and print its console as Chromium logs it (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# browser_sandbox: a work directory holding site/ (the page's origin) and api/ (the files of a
# second origin, for cross-origin requests).
browser_sandbox() {
    enter_work_dir
    mkdir -p site api
}

_exec_in() { cd "$1" && shift && exec "$@"; }
# serve_in DIR CMD...: start_server CMD with DIR as its working directory.
serve_in() { start_server _exec_in "$@"; }

# serve PORT DIR: a plain HTTP static server for DIR on 127.0.0.1:PORT.
serve() { serve_in "$2" python3 -m http.server "$1" --bind 127.0.0.1 >/dev/null 2>&1; }

# console URL [CHROMIUM_FLAGS...]: load URL and print its console lines and network/certificate
# errors. The profile stays in the work directory; remove it to load a page afresh.
console() {
    local url=$1; shift
    # Let the servers started just before come up.
    sleep 1
    timeout 40 chromium --headless=new --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
        --virtual-time-budget=4000 --user-data-dir="$work/profile" "$@" --dump-dom "$url" 2>&1 >/dev/null |
        grep -E ":CONSOLE|net::|ERROR:.*(cert|ssl)" | grep -v "dbus"
}
