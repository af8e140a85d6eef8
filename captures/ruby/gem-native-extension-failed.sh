#!/usr/bin/env bash
# Reproduces ruby/gem-native-extension-failed: a gem whose extconf.rb needs a C header that is not installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ruby.sh"
requires ruby gem
ruby_sandbox
mkdir -p fastxml/ext/fastxml
cat > fastxml/ext/fastxml/extconf.rb <<'EOF_FILE'
require "mkmf"
abort "libxml2 is missing. please install libxml2-dev" unless have_header("libxml/errkb_missing.h")
create_makefile("fastxml")
EOF_FILE
cat > fastxml/fastxml.gemspec <<'EOF_FILE'
Gem::Specification.new do |s|
  s.name = "fastxml"; s.version = "0.1.0"; s.summary = "capture"; s.authors = ["errkb"]
  s.files = ["ext/fastxml/extconf.rb"]; s.extensions = ["ext/fastxml/extconf.rb"]
end
EOF_FILE
cd fastxml && gem build fastxml.gemspec >/dev/null 2>&1
gem install --local ./fastxml-0.1.0.gem 2>&1
