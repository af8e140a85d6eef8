#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/lock-timeout.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/value-errors.sh" lock
