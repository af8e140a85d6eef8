#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/dependent-objects.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/schema-errors.sh" depend
