#!/usr/bin/env bash
# `docker build` where the Dockerfile is not where the CLI looks (legacy builder wording; the
# BuildKit wording needs an engine). The CLI resolves the path before contacting the engine.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/docker.sh"
requires docker
docker_sandbox
export DOCKER_BUILDKIT=0
mkdir -p "$work/app/docker" && cd "$work/app"
touch docker/Dockerfile.prod
echo '$ docker build -t app .'; docker build -t app . 2>&1 | grep -v -e DEPRECATED -e 'Install the buildx' -e 'docs.docker.com/go/buildx' -e '^$' -e 'BuildKit is currently disabled' -e 'environment-variable'
echo '$ docker build -f Dockerfile.prod .'; docker build -f Dockerfile.prod . 2>&1 | grep -v -e DEPRECATED -e 'Install the buildx' -e 'docs.docker.com/go/buildx' -e '^$' -e 'BuildKit is currently disabled' -e 'environment-variable'
