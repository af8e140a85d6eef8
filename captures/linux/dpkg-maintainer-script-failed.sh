#!/usr/bin/env bash
# Reproduces linux/dpkg-maintainer-script-failed and linux/apt-dpkg-returned-error: a package
# whose post-installation script exits 1 (as when the service it sets up cannot start).
# Everything runs on a private dpkg database and install root (--admindir/--instdir) with apt's
# system configuration fragments left out, so the machine's packages are untouched.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get dpkg dpkg-deb
enter_work_dir
mkdir -p acme-server/DEBIAN acme-server/usr/bin
printf 'Package: acme-server\nVersion: 1.0\nArchitecture: all\nMaintainer: errkb <capture@example.com>\nDescription: capture package\n' > acme-server/DEBIAN/control
printf '#!/bin/sh\necho acme-server >/dev/null\n' > acme-server/usr/bin/acme-server; chmod 755 acme-server/usr/bin/acme-server
# The maintainer script only prints and exits 1; it touches nothing.
printf '#!/bin/sh\nset -e\necho "acme-server: could not create database user" >&2\nexit 1\n' > acme-server/DEBIAN/postinst
chmod 755 acme-server/DEBIAN/postinst
dpkg-deb --root-owner-group -b acme-server acme-server_1.0_all.deb >/dev/null
mkdir -p admin/updates admin/info root lists/partial cache/archives/partial log parts
touch admin/status admin/available sources.list
dpkg_opts=(--admindir="$work/admin" --instdir="$work/root" --force-script-chrootless --force-not-root)
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache"
          -o "Dir::State::status=$work/admin/status" -o "Dir::Log=$work/log" -o APT::Sandbox::User=root
          -o Debug::NoLocking=1 -o DPkg::Use-Pty=0)
for opt in "${dpkg_opts[@]}"; do apt_opts+=(-o "DPkg::Options::=$opt"); done
# apt reads /etc/apt/apt.conf.d before any -o option; only APT_CONFIG can point it elsewhere.
echo "Dir::Etc::Parts \"$work/parts\";" > apt.conf
export APT_CONFIG="$work/apt.conf"
echo '$ sudo apt-get install ./acme-server_1.0_all.deb'
apt-get install -y "${apt_opts[@]}" "$work/acme-server_1.0_all.deb" 2>&1
