#!/usr/bin/env bash
# Reproduces php/allowed-memory-size-exhausted: arrays that grow past memory_limit.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
php -d memory_limit=16M -r '$a = []; while (true) { $a[] = str_repeat("x", 1024); }' 2>&1
printf '%s\n' '<?php' '$rows = [];' 'for ($i = 0; ; $i++) { $rows[] = str_repeat("row", 100); }' > import.php
php -d memory_limit=32M import.php 2>&1
