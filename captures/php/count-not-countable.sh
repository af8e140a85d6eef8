#!/usr/bin/env bash
# Reproduces php/count-not-countable: count() on null and on a string (PHP 8 TypeError).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '%s\n' '<?php' 'function loadItems() { return null; }' '$items = loadItems();' 'echo count($items), "\n";' > cart.php
php cart.php 2>&1
echo '<?php $tags = "php,linux"; echo count($tags);' > tags.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 tags.php 2>&1
