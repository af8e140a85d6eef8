#!/usr/bin/env bash
# The docker CLI run by a user who is not in the socket's group: a root-owned socket with
# mode 0660 at /var/run/docker.sock (created here when none exists), CLI run as "nobody".
# Needs root (to create the socket and switch user).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3
work=$(mktemp -d)
chmod 755 "$work"
sock=/var/run/docker.sock
created=0
if [ ! -e "$sock" ]; then
  python3 - "$sock" <<'PY' &
import os, socket, sys, time
s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o660); s.listen()
time.sleep(15)  # stops by itself
PY
  server=$!
  created=1
  sleep 1
fi
cleanup() {
  if [ "$created" = 1 ]; then kill "$server" 2>/dev/null; rm -f "$sock"; fi
  rm -rf "$work"
}
trap cleanup EXIT
run_as_nobody() { su -s /bin/bash nobody -c "HOME=$work DOCKER_CONFIG=$work/.docker $*"; }
echo '$ docker ps'; run_as_nobody docker ps
echo '$ docker run --rm hello-world'; run_as_nobody docker run --rm hello-world
echo '$ docker images'; run_as_nobody docker images
