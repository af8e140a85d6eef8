#!/usr/bin/env bash
# Reproduces php/call-to-member-function-on-null: a lookup returned null and a method is called on it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '%s\n' '<?php' 'function findUser(int $id): ?object { return null; }' '$user = findUser(42);' '$user->save();' > user.php
php user.php 2>&1
php -r '$order = null; echo $order->getTotal();' 2>&1
