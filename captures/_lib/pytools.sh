# Sourced by the Python-tooling capture scripts (poetry, uv, mypy, ruff, setuptools, jupyter),
# see common.sh for how to source helpers. The tool itself comes from PyPI: each capture installs
# it into a throwaway virtualenv inside its work directory, so the machine needs only python3.
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/pip.sh"

# tool_venv PKG...: make $work/tools, a fresh virtualenv with PKG... installed from PyPI, and put
# its bin/ first on PATH. Without a package index (no network) the capture cannot run: it then
# reports itself skipped, like a missing tool.
tool_venv() {
    python3 -m venv "$work/tools" >/dev/null 2>&1 || { echo "skipped: python3 -m venv failed"; exit "$CAPTURE_SKIPPED"; }
    if ! "$work/tools/bin/pip" install -q --disable-pip-version-check "$@" >"$work/tool-install.log" 2>&1; then
        echo "skipped: could not install $* from the package index"
        exit "$CAPTURE_SKIPPED"
    fi
    export PATH="$work/tools/bin:$PATH"
    # Colour codes and caches outside $work would change the output or leak between runs.
    export NO_COLOR=1 UV_CACHE_DIR="$work/uv-cache" POETRY_CACHE_DIR="$work/poetry-cache"
    export POETRY_VIRTUALENVS_IN_PROJECT=true UV_NO_PROGRESS=1
}
