#!/usr/bin/env bash
# Reproduces ruby/gemfile-ruby-version-mismatch: the Gemfile's ruby directive names a version other than the running one.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ruby.sh"
requires ruby bundle
ruby_sandbox
printf 'source "https://rubygems.org"\nruby "3.3.0"\n' > Gemfile
bundle install 2>&1
printf 'source "https://rubygems.org"\nruby "~> 3.3.0"\n' > Gemfile
bundle install 2>&1
bundle check 2>&1
