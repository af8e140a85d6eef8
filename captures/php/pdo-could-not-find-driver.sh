#!/usr/bin/env bash
# Reproduces php/pdo-could-not-find-driver: PDO with a mysql/pgsql DSN when pdo_mysql/pdo_pgsql are not loaded.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $pdo = new PDO("mysql:host=127.0.0.1;dbname=app", "root", "secret");' > db.php
php db.php 2>&1
php -r 'try { new PDO("pgsql:host=127.0.0.1;dbname=app", "u", "p"); } catch (PDOException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }' 2>&1
php -m | grep -i pdo
