#!/usr/bin/env bash
# Writing to a filesystem mounted read-only (a tmpfs mounted ro; needs root to mount), as after
# the kernel remounts a failing disk read-only or in a container with a read-only root.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3
work=$(mktemp -d)
mkdir "$work/srv"
mount -t tmpfs -o ro,size=1m tmpfs "$work/srv" || { echo "needs root (mount)" >&2; exit 2; }
trap 'umount "$work/srv"; rm -rf "$work"' EXIT
cd "$work"
echo '$ touch srv/app.pid'; touch srv/app.pid
echo '$ mkdir srv/cache'; mkdir srv/cache
echo '$ echo ok > srv/health'; echo ok > srv/health
echo '$ python3 -c "open(...,\"w\")"'; python3 -c "open('srv/state.json', 'w')" 2>&1 | tail -1
