#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-cli redis-server
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# No server on the port.
redis-cli -p 16399 ping
redis-cli -h localhost -p 16399 get key
