#!/usr/bin/env bash
# Reproduces php/non-numeric-value: arithmetic on strings with a numeric prefix ("5 apples",
# "12,50"), which PHP evaluates with a warning.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $qty = "5 apples"; echo $qty + 1, "\n";' > cart.php
php cart.php 2>&1
echo '<?php $price = "12,50"; echo $price * 2, "\n";' > price.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 price.php 2>&1
php -r 'echo "10px" * 2, "\n";' 2>&1
