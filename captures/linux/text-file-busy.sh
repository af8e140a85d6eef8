#!/usr/bin/env bash
# Replacing or writing a program file while it is running (ETXTBSY).
set -u
work=$(mktemp -d)
cd "$work"
cp /usr/bin/sleep ./server
./server 15 &
running=$!
trap 'kill "$running" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
sleep 0.5
echo '$ cp build/server ./server'; cp /usr/bin/true ./server
echo '$ echo > ./server'; echo > ./server
