#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/more-than-one-row-subquery.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/schema-errors.sh" subquery
