#!/usr/bin/env bash
# Reproduces composer/repository-download-failed: composer update with the default packagist.org
# repository when repo.packagist.org cannot be reached (no DNS/network in this sandbox; the
# capture reports SKIPPED when the host resolves, since the error then does not occur).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php composer
if getent hosts repo.packagist.org >/dev/null 2>&1; then echo "skipped: repo.packagist.org resolves here"; exit "$CAPTURE_SKIPPED"; fi
enter_work_dir
export COMPOSER_HOME="$work/.composer" COMPOSER_NO_INTERACTION=1 COLUMNS=80
echo '{"require": {"monolog/monolog": "^3.0"}}' > composer.json
timeout 120 composer update 2>&1 | grep -v 'curl extension' | sed '/^update \[/d; s/ *$//'
