#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/field-no-default-value.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/constraint-errors.sh" nodefault
