#!/usr/bin/env bash
# `docker compose` on an engine/CLI install without the Compose v2 plugin, and the v1
# `docker-compose` binary that is not installed either.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/docker.sh"
requires docker
docker_sandbox
echo '$ docker compose up'; docker compose up
echo '$ docker compose up -d'; docker compose up -d
echo '$ docker buildx build .'; docker buildx build .
echo '$ docker-compose up'; bash -c 'docker-compose up'
