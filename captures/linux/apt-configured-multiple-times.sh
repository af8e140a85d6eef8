#!/usr/bin/env bash
# Reproduces linux/apt-configured-multiple-times: the same repository line in sources.list and
# in a sources.list.d file (what adding a repository twice leaves). apt runs on a private
# sources list, sources.list.d, lists and cache with a local trusted file repository.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get
enter_work_dir
mkdir -p repo/dists/stable/main/binary-amd64 lists/partial cache/archives/partial sources.list.d
: > repo/dists/stable/main/binary-amd64/Packages
printf 'Origin: errkb\nLabel: errkb\nSuite: stable\nCodename: stable\nArchitectures: amd64\nComponents: main\nDate: %s\nSHA256:\n e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 0 main/binary-amd64/Packages\n' \
    "$(date -Ru)" > repo/dists/stable/Release
echo "deb [trusted=yes] file:$work/repo stable main" > sources.list
echo "deb [trusted=yes] file:$work/repo stable main" > sources.list.d/acme.list
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o "Dir::Etc::SourceParts=$work/sources.list.d"
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root
          -o APT::Architectures::=amd64)
echo '$ sudo apt-get update'
apt-get update "${apt_opts[@]}" 2>&1
