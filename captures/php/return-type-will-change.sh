#!/usr/bin/env bash
# Reproduces php/return-type-will-change: ArrayAccess/Countable/IteratorAggregate methods
# without the return types PHP 8.1 declares for them.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '<?php\nclass Bag implements ArrayAccess {\n  public function offsetExists($o) { return false; }\n  public function offsetGet($o) { return null; }\n  public function offsetSet($o, $v) {}\n  public function offsetUnset($o) {}\n}\n' > bag.php
php -d error_reporting=E_ALL bag.php 2>&1
printf '<?php\nclass Items implements Countable, IteratorAggregate {\n  public function count() { return 0; }\n  public function getIterator() { return new ArrayIterator([]); }\n}\n' > items.php
php -d error_reporting=E_ALL items.php 2>&1
