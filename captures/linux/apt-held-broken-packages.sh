#!/usr/bin/env bash
# Reproduces linux/apt-held-broken-packages: a package whose dependency needs a newer version
# than any repository offers (acme-tool needs libacme-runtime >= 2.0, only 1.5 exists), from a
# local trusted file repository on a private apt state directory; apt-get -s only simulates.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get
enter_work_dir
mkdir -p repo lists/partial cache/archives/partial
cat > repo/Packages <<'PKG'
Package: acme-tool
Version: 1.0
Architecture: all
Depends: libacme-runtime (>= 2.0)
Filename: ./acme-tool_1.0_all.deb
Size: 100
SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
Description: capture tool

Package: libacme-runtime
Version: 1.5
Architecture: all
Filename: ./libacme-runtime_1.5_all.deb
Size: 100
SHA256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
Description: capture runtime

PKG
size=$(stat -c %s repo/Packages)
printf 'Origin: errkb\nLabel: errkb\nSuite: stable\nCodename: stable\nDate: %s\nMD5Sum:\n %s %s Packages\nSHA256:\n %s %s Packages\n' \
    "$(date -Ru)" "$(md5sum < repo/Packages | cut -d' ' -f1)" "$size" "$(sha256sum < repo/Packages | cut -d' ' -f1)" "$size" > repo/Release
echo "deb [trusted=yes] file:$work/repo ./" > sources.list
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
apt-get update "${apt_opts[@]}" >/dev/null 2>&1
echo '$ apt-get install -s acme-tool'
apt-get install -s "${apt_opts[@]}" acme-tool 2>&1
