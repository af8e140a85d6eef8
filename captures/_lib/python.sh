# Sourced by the Python-family capture scripts (see common.sh for how to source helpers).
# Those scripts run their snippet once per interpreter in $PYTHONS (default: python3), so one
# capture can show how the wording differs between Python versions.
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# python_banner PY: the "--- Python X.Y.Z ---" line heading one interpreter's output.
# sys.stdout.write rather than print, so Python 2 prints the same line.
python_banner() {
    echo "--- $("$1" -c 'import sys; sys.stdout.write("Python " + sys.version.split()[0])' 2>&1) ---"
}

# run_each_python SCRIPT...: for each interpreter in $PYTHONS, its banner, then each script
# run in order with stderr merged into stdout (where tracebacks go).
run_each_python() {
    local py script
    for py in ${PYTHONS:-python3}; do
        python_banner "$py"
        for script in "$@"; do "$py" "$script" 2>&1; done
    done
}
