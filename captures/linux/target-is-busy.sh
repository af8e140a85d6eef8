#!/usr/bin/env bash
# Unmounting a filesystem that a process still uses (a shell whose working directory is on it,
# a file held open). Mounts a small tmpfs, so it needs root.
set -u
work=$(mktemp -d)
mkdir "$work/mnt"
mount -t tmpfs -o size=1m tmpfs "$work/mnt" || { echo "needs root (mount)" >&2; exit 2; }
( cd "$work/mnt" && exec sleep 15 ) &
holder=$!
trap 'kill "$holder" 2>/dev/null; wait "$holder" 2>/dev/null; umount "$work/mnt" 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.5
echo '$ umount mnt'; umount "$work/mnt"
echo '$ rmdir mnt'; rmdir "$work/mnt"
