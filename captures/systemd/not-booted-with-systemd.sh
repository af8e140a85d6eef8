#!/usr/bin/env bash
# systemctl in an environment whose PID 1 is not systemd (a container, WSL without systemd,
# a chroot or a VM sandbox like the one this was captured in).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires systemctl
if [ "$(ps -p 1 -o comm=)" = systemd ]; then
  echo "PID 1 is systemd here; run this inside a container or chroot" >&2
  exit 2
fi
echo '$ systemctl start nginx'; systemctl start nginx
echo '$ systemctl status docker'; systemctl status docker
echo '$ systemctl --user daemon-reload'; XDG_RUNTIME_DIR=/nonexistent systemctl --user daemon-reload
