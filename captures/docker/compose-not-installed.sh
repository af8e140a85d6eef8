#!/usr/bin/env bash
# `docker compose` on an engine/CLI install without the Compose v2 plugin, and the v1
# `docker-compose` binary that is not installed either.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" DOCKER_CONFIG="$work/.docker"
cd "$work"
echo '$ docker compose up'; docker compose up
echo '$ docker compose up -d'; docker compose up -d
echo '$ docker buildx build .'; docker buildx build .
echo '$ docker-compose up'; bash -c 'docker-compose up'
