#!/usr/bin/env bash
# Reproduces php/foreach-invalid-argument: foreach over null and over a string (PHP 8 wording).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $items = null; foreach ($items as $item) { echo $item; }' > list.php
php list.php 2>&1
echo '<?php $tags = "php,laravel"; foreach ($tags as $tag) { echo $tag; }' > tags.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 tags.php 2>&1
