#!/usr/bin/env bash
# Reproduces php/parse-error-syntax: a missing parenthesis, semicolon and bracket (PHP 8 wording).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php if ($x == 1 { echo 1; }' > a.php; php a.php 2>&1
echo '<?php function f() { return 1 }' > b.php; php b.php 2>&1
echo '<?php $a = [1, 2' > c.php; php c.php 2>&1
echo '$ php -l a.php'; php -l a.php 2>&1
