#!/usr/bin/env bash
# depends_on naming a service the Compose file does not define (typo, container_name used
# instead of the service name, service moved to another file). docker-compose v1, no daemon needed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires docker-compose
enter_work_dir
exec 2>&1
cat > docker-compose.yml <<'YML'
services:
  web:
    image: nginx:1.27
    depends_on: [db]
  database:
    image: postgres:16
YML
echo '$ docker-compose config'; docker-compose config
echo '$ docker-compose up -d'; docker-compose up -d
