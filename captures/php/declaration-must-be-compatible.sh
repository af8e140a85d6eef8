#!/usr/bin/env bash
# Reproduces php/declaration-must-be-compatible: a class implementing an interface and a subclass
# overriding a method with signatures the parent does not allow.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
printf '%s\n' '<?php' 'interface Repo { public function find(int $id): ?array; }' 'class UserRepo implements Repo { public function find($id) { return null; } }' > repo.php
php repo.php 2>&1
printf '%s\n' '<?php' 'class Base { public function save(array $data): bool { return true; } }' 'class Child extends Base { public function save($data, $force) { return true; } }' > child.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 child.php 2>&1
