#!/usr/bin/env bash
# Writing to a full filesystem: a 64 KiB tmpfs (needs root to mount) filled by dd, cp and a
# shell redirection.
set -u
work=$(mktemp -d)
mkdir "$work/data"
mount -t tmpfs -o size=64k tmpfs "$work/data" || { echo "needs root (mount)" >&2; exit 2; }
trap 'umount "$work/data"; rm -rf "$work"' EXIT
cd "$work"
echo '$ dd if=/dev/zero of=data/blob bs=1k count=200'; dd if=/dev/zero of=data/blob bs=1k count=200 2>&1 | head -1
echo '$ cp /usr/bin/ls data/'; cp /usr/bin/ls data/
echo '$ echo "$log" >> data/app.log'; echo "2026-11-21 request served" >> data/app.log
echo '$ gzip -c /usr/bin/ls > data/ls.gz'; gzip -c /usr/bin/ls > data/ls.gz
