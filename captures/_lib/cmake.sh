# Sourced by the cmake capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# cmake_configure: configure the project in the current directory afresh, without the compiler
# detection chatter that differs between machines and hides the error.
cmake_configure() {
    rm -rf build
    cmake -S . -B build 2>&1 | grep -v "^-- \\(Detecting\\|Check for\\|The C\\)"
}
