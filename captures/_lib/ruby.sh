# Sourced by the ruby capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# ruby_sandbox: a work directory with its own HOME and GEM_HOME, so gem and bundle neither read
# nor change the caller's installed gems, and no network source is needed (bundle --local).
ruby_sandbox() {
    enter_work_dir
    export HOME="$work/home" GEM_HOME="$work/gems" GEM_PATH="$work/gems" BUNDLE_SILENCE_ROOT_WARNING=1
    mkdir -p "$HOME" "$GEM_HOME"
}

# local_gem NAME VERSION [GEMSPEC_LINES]: build a one-file gem and install it into GEM_HOME.
local_gem() {
    local dir="$work/src/$1-$2"
    mkdir -p "$dir/lib"
    echo "module ${1^}; end" > "$dir/lib/$1.rb"
    cat > "$dir/$1.gemspec" <<EOF_SPEC
Gem::Specification.new do |s|
  s.name = "$1"; s.version = "$2"; s.summary = "capture"; s.authors = ["errkb"]
  s.files = ["lib/$1.rb"]
  ${3:-}
end
EOF_SPEC
    (cd "$dir" && gem build "$1.gemspec" >/dev/null 2>&1 && gem install --local "./$1-$2.gem" >/dev/null 2>&1)
}
