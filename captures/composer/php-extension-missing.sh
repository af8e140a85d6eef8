#!/usr/bin/env bash
# Reproduces composer/php-extension-missing: the root requires ext-gd and ext-pdo_mysql, which
# Debian's php-cli alone does not ship.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1
cat > composer.json <<'JSON'
{"name": "acme/app", "repositories": [{"packagist.org": false}], "require": {"ext-gd": "*", "ext-pdo_mysql": "*"}}
JSON
composer update 2>&1 | sed '/^    - \/etc\/php/d'
