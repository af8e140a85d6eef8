#!/usr/bin/env bash
# Reproduces linux/apt-hash-sum-mismatch: the package index promises one SHA256 for a .deb and
# the file served has another (what a mirror caught mid-sync or a corrupting proxy produces).
# apt uses a private sources list, lists, cache and dpkg status file and only downloads.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get dpkg-deb
enter_work_dir
mkdir -p repo lists/partial cache/archives/partial pkg/DEBIAN
printf 'Package: acme-tool\nVersion: 1.0\nArchitecture: all\nMaintainer: errkb <capture@example.com>\nDescription: capture package\n' > pkg/DEBIAN/control
dpkg-deb --root-owner-group -b pkg repo/acme-tool_1.0_all.deb >/dev/null
printf 'Package: acme-tool\nVersion: 1.0\nArchitecture: all\nFilename: ./acme-tool_1.0_all.deb\nSize: %s\nSHA256: %s\nDescription: capture package\n\n' \
    "$(stat -c %s repo/acme-tool_1.0_all.deb)" "$(printf 'an older build' | sha256sum | cut -d' ' -f1)" > repo/Packages
printf 'Origin: errkb\nLabel: errkb\nSuite: stable\nCodename: stable\nDate: %s\nSHA256:\n %s %s Packages\n' \
    "$(date -Ru)" "$(sha256sum < repo/Packages | cut -d' ' -f1)" "$(stat -c %s repo/Packages)" > repo/Release
echo "deb [trusted=yes] file:$work/repo ./" > sources.list
touch status
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "Dir::State::status=$work/status"
          -o APT::Sandbox::User=root -o Debug::NoLocking=1)
apt-get update "${apt_opts[@]}" >/dev/null 2>&1
echo '$ sudo apt-get install --download-only acme-tool'
apt-get install -y --download-only "${apt_opts[@]}" acme-tool 2>&1
