#!/usr/bin/env bash
# Reproduces composer/package-not-found offline: a required name that no configured repository
# has (packagist.org disabled), through composer update and composer require.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1 COLUMNS=80
echo '{"name": "acme/app", "repositories": [{"packagist.org": false}], "require": {"acme/missing-lib": "^1.0"}}' > composer.json
composer update 2>&1 | grep -v 'curl extension'
composer require acme/another 2>&1 | grep -v 'curl extension' | sed '/^require \[/d'
