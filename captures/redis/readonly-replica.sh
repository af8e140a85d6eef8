#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: a write sent
# to a server that is a replica (REPLICAOF another node, here one that is not even running).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-server redis-cli
. "$(dirname "$(readlink -f "$0")")/_server.sh"
rd_start --replicaof 127.0.0.1 16390
rd set session:1 abc
rd del session:1
