#!/usr/bin/env bash
# Reproduces php/maximum-execution-time-exceeded: a loop that runs past max_execution_time.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php set_time_limit(1); while (true) {}' > report.php
php report.php 2>&1
