#!/usr/bin/env bash
# Reproduces the examples of data/records/postgres/datetime-field-out-of-range.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/type-range-errors.sh" datetime
