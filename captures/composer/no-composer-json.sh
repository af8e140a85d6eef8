#!/usr/bin/env bash
# Reproduces composer/no-composer-json: composer install run in a directory without composer.json.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1
mkdir -p project/public && cd project/public
echo '$ composer install'; composer install 2>&1 | grep -v 'curl extension'
echo '$ composer update'; composer update 2>&1 | grep -v 'curl extension'
