#!/usr/bin/env bash
# Reproduces php/cannot-use-object-as-array: array syntax on a json_decode() object and on a class instance.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $o = json_decode("{\"id\":1}"); echo $o["id"];' > api.php
php api.php 2>&1
echo '<?php namespace App\Models; class User { public $name = "a"; } $u = new User(); echo $u["name"];' > model.php
php model.php 2>&1
