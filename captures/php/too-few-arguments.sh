#!/usr/bin/env bash
# Reproduces php/too-few-arguments: a function and a constructor called with fewer arguments than they require.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php function greet(string $name, string $greeting) { return "$greeting $name"; } echo greet("Ann");' > greet.php
php greet.php 2>&1
echo '<?php class Invoice { public function __construct(int $id, string $customer) {} } new Invoice(7);' > invoice.php
php invoice.php 2>&1
