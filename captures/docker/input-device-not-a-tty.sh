#!/usr/bin/env bash
# `docker run -it` / `docker exec -it` with stdin that is not a terminal (a pipe, CI, cron).
# The CLI checks this itself; it fails before reaching any engine.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/docker.sh"
requires docker
docker_sandbox
echo '$ echo "select 1" | docker run -it --rm postgres:16 psql'
echo "select 1" | docker run -it --rm postgres:16 psql
echo '$ docker run -it --rm alpine sh < /dev/null'
docker run -it --rm alpine sh < /dev/null
