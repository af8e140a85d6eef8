#!/usr/bin/env bash
# Reproduces php/type-error-must-be-of-type: wrong argument and return types, user and built-in functions.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php function setAge(int $age) {} setAge("forty");' > age.php
php age.php 2>&1
echo '<?php declare(strict_types=1); function price(float $p): string { return $p; } echo price(1.5);' > price.php
php price.php 2>&1
echo '<?php $names = implode(",", "not-an-array");' > join.php
php join.php 2>&1
