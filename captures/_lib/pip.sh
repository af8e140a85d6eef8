# Sourced by the pip capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# pip_sandbox: a work directory, with machine-wide pip configuration (mirrors, find-links)
# ignored so the output is what a user with a default pip sees. Virtualenvs stay per capture
# and fresh: the captures install into them, and some need the pip bundled with Python.
pip_sandbox() {
    enter_work_dir
    export PIP_CONFIG_FILE=/dev/null
    unset PIP_FIND_LINKS
}
