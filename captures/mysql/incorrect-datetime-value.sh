#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/incorrect-datetime-value.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/schema-errors.sh" datetime
