#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/numeric-field-overflow.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/type-range-errors.sh" numeric
