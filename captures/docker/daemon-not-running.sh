#!/usr/bin/env bash
# The docker CLI with no engine listening on the default socket (no dockerd on this machine).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/docker.sh"
requires docker
docker_sandbox
unset DOCKER_HOST DOCKER_CONTEXT
if [ -S /var/run/docker.sock ]; then
  echo "a docker socket exists here; this capture needs a machine without a running engine" >&2
  exit 2
fi
echo '$ docker ps'; docker ps
echo '$ docker run --rm hello-world'; docker run --rm hello-world
echo '$ docker pull nginx:1.27'; docker pull nginx:1.27
echo '$ docker info (tail)'; docker info 2>&1 | tail -2
