#!/usr/bin/env bash
# Reproduces php/passing-null-deprecated: null passed to built-in string parameters (PHP 8.1+ deprecation).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $title = null; echo strlen($title); echo trim(null); echo htmlspecialchars(null);' > view.php
php -d error_reporting=E_ALL view.php 2>&1 >/dev/null
php -d error_reporting=E_ALL -d display_errors=1 -d log_errors=0 -d html_errors=0 -r 'echo str_replace("a", "b", null);' 2>&1
