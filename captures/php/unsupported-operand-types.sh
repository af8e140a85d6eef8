#!/usr/bin/env bash
# Reproduces php/unsupported-operand-types: arithmetic on arrays and non-numeric strings (PHP 8 TypeError).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $items = [1]; echo $items + 1;' > cart.php
php cart.php 2>&1
echo '<?php $total = "abc" * 2;' > total.php
php total.php 2>&1
echo '<?php $sum = null; $sum -= [2];' > sum.php
php sum.php 2>&1
