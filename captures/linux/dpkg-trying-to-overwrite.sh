#!/usr/bin/env bash
# Reproduces linux/dpkg-trying-to-overwrite and linux/apt-dpkg-returned-error: two packages
# ship the same file (/usr/bin/acme); installing the second through apt makes dpkg refuse to
# unpack it. Everything runs on a private dpkg database and install root (--admindir/--instdir)
# with apt's system configuration fragments left out, so the machine's packages are untouched.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get dpkg dpkg-deb
enter_work_dir
build() {  # build NAME CONTENT: a package that ships /usr/bin/acme
    mkdir -p "$1/DEBIAN" "$1/usr/bin"
    printf 'Package: %s\nVersion: 1.0\nArchitecture: all\nMaintainer: errkb <capture@example.com>\nDescription: capture package\n' "$1" > "$1/DEBIAN/control"
    printf '#!/bin/sh\necho %s\n' "$2" > "$1/usr/bin/acme"; chmod 755 "$1/usr/bin/acme"
    dpkg-deb --root-owner-group -b "$1" "$1_1.0_all.deb" >/dev/null
}
build acme-cli cli; build acme-tools tools
mkdir -p admin/updates admin/info root lists/partial cache/archives/partial log parts
touch admin/status admin/available sources.list
dpkg_opts=(--admindir="$work/admin" --instdir="$work/root" --force-script-chrootless --force-not-root)
dpkg "${dpkg_opts[@]}" -i acme-cli_1.0_all.deb >/dev/null 2>&1
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
          -o "Dir::State::status=$work/admin/status" -o "Dir::Log=$work/log" -o APT::Sandbox::User=root
          -o Debug::NoLocking=1 -o DPkg::Use-Pty=0)
for opt in "${dpkg_opts[@]}"; do apt_opts+=(-o "DPkg::Options::=$opt"); done
# apt reads /etc/apt/apt.conf.d before any -o option; only APT_CONFIG can point it elsewhere.
echo "Dir::Etc::Parts \"$work/parts\";" > apt.conf
export APT_CONFIG="$work/apt.conf"
echo '$ sudo apt-get install ./acme-tools_1.0_all.deb'
apt-get install -y "${apt_opts[@]}" "$work/acme-tools_1.0_all.deb" 2>&1
