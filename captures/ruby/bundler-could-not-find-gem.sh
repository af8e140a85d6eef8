#!/usr/bin/env bash
# Reproduces ruby/bundler-could-not-find-gem: the Gemfile asks for a gem version that is neither
# installed nor cached, and bundle runs without a remote source (--local).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ruby.sh"
requires ruby gem bundle
ruby_sandbox
printf 'source "https://rubygems.org"\ngem "nokogiri", "1.15.4"\n' > Gemfile
bundle install --local 2>&1
