# Sourced by the rust capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# rustc_demo < main.rs: compile the program read from stdin as crate "demo" (edition 2021),
# printing the compiler's diagnostics.
rustc_demo() {
    cat > main.rs
    rustc --edition 2021 --crate-name demo main.rs 2>&1
}

# lib_crate NAME VERSION [PACKAGE_LINES]: an empty library crate in NAME/; PACKAGE_LINES
# (newline-terminated) go at the end of its [package] table.
lib_crate() {
    mkdir -p "$1/src"
    printf '[package]\nname = "%s"\nversion = "%s"\nedition = "2021"\n%s' "$1" "$2" "${3:-}" > "$1/Cargo.toml"
    : > "$1/src/lib.rs"
}

# build_app DEPENDENCY: an empty binary crate in app/ with one [dependencies] line, built offline
# (path dependencies only, so the output never depends on the network).
build_app() {
    mkdir -p app/src
    printf '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\n%s\n' "$1" > app/Cargo.toml
    printf 'fn main() {}\n' > app/src/main.rs
    (cd app && cargo build --offline 2>&1)
}
