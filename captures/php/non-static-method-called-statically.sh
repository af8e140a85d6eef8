#!/usr/bin/env bash
# Reproduces php/non-static-method-called-statically: Class::method() on an instance method,
# which PHP 7 only deprecated and PHP 8 rejects.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '%s\n' '<?php' 'class Helper { public function slug($s) { return strtolower($s); } }' 'echo Helper::slug("Hello"), "\n";' > slug.php
php slug.php 2>&1
