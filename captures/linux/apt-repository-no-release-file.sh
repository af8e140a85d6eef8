#!/usr/bin/env bash
# Reproduces linux/apt-repository-no-release-file: apt-get update against a repository that
# publishes no Release/InRelease file (as with a PPA or vendor repo that does not serve the
# distribution's codename). apt runs on a private sources list, lists and cache directory, so
# the system's apt state is not touched.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get
enter_work_dir
mkdir -p repo lists/partial cache/archives/partial
echo "deb file:$work/repo ./" > sources.list
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Acquire::Retries=0 -o APT::Sandbox::User=root)
echo '$ apt-get update'
apt-get update "${apt_opts[@]}" 2>&1
