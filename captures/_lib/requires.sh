# Sourced by every capture script (directly, or through common.sh) for `requires`. Only
# defines functions: sourcing it has no other effect, so scripts without a sandbox use it too.

# The exit status of a capture that could not run because a tool is missing, distinct from
# any status a failing command gives (automake's "skipped"). scripts/recapture.py reports it
# as SKIPPED with the script's reason instead of CHANGED.
CAPTURE_SKIPPED=77

# requires TOOL...: the commands this capture runs. Each must be on PATH (or in /usr/sbin or
# /sbin, where Debian puts daemons such as sshd and nginx, off a normal user's PATH); else print
# "skipped: TOOL not installed" and exit with $CAPTURE_SKIPPED. Every TOOL must be listed in
# captures/tools.txt with the Debian package that provides it (tests/test_recapture.py checks),
# which is what .ci/run installs. Write it on one line of its own, with literal names, after the
# helpers are sourced and before anything runs.
requires() {
    local tool
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1 && [ ! -x "/usr/sbin/$tool" ] && [ ! -x "/sbin/$tool" ]; then
            echo "skipped: $tool not installed"
            exit "$CAPTURE_SKIPPED"
        fi
    done
}
