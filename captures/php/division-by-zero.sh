#!/usr/bin/env bash
# Reproduces php/division-by-zero: / , % and intdiv() with a zero divisor (PHP 8 DivisionByZeroError).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $total = 10; $count = 0; echo $total / $count;' > average.php
php average.php 2>&1
php -r 'echo 10 % 0;' 2>&1
php -r 'echo intdiv(1, 0);' 2>&1
