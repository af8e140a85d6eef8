#!/usr/bin/env bash
# Reproduces php/undefined-constant: a bare word used as a constant (PHP 8 Error) and a missing class constant.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php echo MAX_ITEMS;' > limit.php
php limit.php 2>&1
echo '<?php $name = $_GET[name] ?? "";' > query.php
php query.php 2>&1
echo '<?php class Status { const OPEN = 1; } echo Status::CLOSED;' > status.php
php status.php 2>&1
