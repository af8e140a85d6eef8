#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/key-too-long.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/column-errors.sh" keylen
