#!/usr/bin/env bash
# Reproduces php/dynamic-property-deprecated: assigning an undeclared property (PHP 8.2+).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '<?php\nnamespace App\\Models;\nclass User { public $name; }\n$u = new User();\n$u->age = 3;\n' > user.php
php -d error_reporting=E_ALL user.php 2>&1
php -d error_reporting=E_ALL -d display_errors=1 -d log_errors=0 -d html_errors=0 -r 'class Config {} $c = new Config; $c->debug = true;' 2>&1
