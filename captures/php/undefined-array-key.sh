#!/usr/bin/env bash
# Reproduces php/undefined-array-key: reading a key or index the array does not have (PHP 8 wording).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $row = ["id" => 1]; echo $row["name"];' > row.php
php -d display_errors=stderr -d log_errors=0 row.php 2>&1; echo
echo '<?php $items = [1]; echo $items[3];' > items.php
php -d display_errors=0 -d log_errors=1 items.php 2>&1
