#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/data-too-long.yaml.
exec bash "$(dirname "$(readlink -f "$0")")/constraint-errors.sh" toolong
