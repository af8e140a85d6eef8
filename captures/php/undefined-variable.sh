#!/usr/bin/env bash
# Reproduces php/undefined-variable: a variable read before it is assigned (PHP 8 Warning).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php function total() { return $sum + 1; } echo total(), "\n";' > total.php
php total.php 2>&1
echo '<?php foreach ([] as $row) { $last = $row; } echo $last;' > loop.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 loop.php 2>&1
