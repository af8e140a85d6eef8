#!/usr/bin/env bash
# Compose files with a literal $ (a password, a regex) and an unclosed ${...}: docker-compose v1
# rejects them while reading the file (`config` needs no Docker daemon).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires docker-compose
enter_work_dir
exec 2>&1
cat > docker-compose.yml <<'YML'
version: "3.8"
services:
  web:
    image: nginx:1.27
    environment:
      - API_URL=${API_URL
YML
echo '$ docker-compose config'; docker-compose config
cat > docker-compose.yml <<'YML'
version: "3.8"
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: pa$(word)
    command: ["postgres", "-c", "log_line_prefix=%m $"]
YML
echo '$ docker-compose up -d'; docker-compose up -d
