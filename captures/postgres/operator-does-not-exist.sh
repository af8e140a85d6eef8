#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/operator-does-not-exist.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/query-errors.sh" operator
