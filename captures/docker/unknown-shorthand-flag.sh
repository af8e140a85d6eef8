#!/usr/bin/env bash
# docker CLI flag parsing errors (no engine needed): a flag the subcommand does not have, and
# options written after the image name being taken as the container's command.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/docker.sh"
requires docker
docker_sandbox
echo '$ docker run -x alpine'; docker run -x alpine
echo '$ docker ps -l -z'; docker ps -z
echo '$ docker build --platfrom linux/amd64 .'; docker build --platfrom linux/amd64 .
echo '$ docker compose -d up'; docker compose -d up
