#!/usr/bin/env bash
# Reproduces ruby/bundler-incompatible-versions: the Gemfile pins bar 2.0.0 while foo needs bar ~> 1.0.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ruby.sh"
requires ruby gem bundle
ruby_sandbox
local_gem bar 1.0.0
local_gem bar 2.0.0
local_gem foo 1.0.0 's.add_dependency "bar", "~> 1.0"'
printf 'source "https://rubygems.org"\ngem "foo"\ngem "bar", "2.0.0"\n' > Gemfile
bundle install --local 2>&1
# A lock that pins bar 1.0.0 while the Gemfile now asks for 2.0.0 with foo still locked.
printf 'source "https://rubygems.org"\ngem "foo"\ngem "bar", "1.0.0"\n' > Gemfile
rm -f Gemfile.lock
bundle install --local >/dev/null 2>&1
printf 'source "https://rubygems.org"\ngem "foo", "1.0.0"\ngem "bar", ">= 2.0"\n' > Gemfile
bundle install --local 2>&1
