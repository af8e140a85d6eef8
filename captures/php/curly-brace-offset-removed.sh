#!/usr/bin/env bash
# Reproduces php/curly-brace-offset-removed: $str{0} / $arr{1} offset syntax, removed in PHP 8.0.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '%s\n' '<?php' '$name = "errkb";' 'echo $name{0}, "\n";' > initial.php
php initial.php 2>&1
printf '%s\n' '<?php' '$parts = [1, 2];' 'echo $parts{1};' > parts.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 parts.php 2>&1
