#!/usr/bin/env bash
# Reproduces the examples of data/records/mysql/server-has-gone-away.yaml (the second half of the output).
exec bash "$(dirname "$(readlink -f "$0")")/lost-connection-during-query.sh"
