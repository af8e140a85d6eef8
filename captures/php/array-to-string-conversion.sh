#!/usr/bin/env bash
# Reproduces php/array-to-string-conversion: an array concatenated, echoed and interpolated as a string.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php
enter_work_dir
echo '<?php $tags = ["a", "b"]; echo "Tags: " . $tags, "\n";' > tags.php
php tags.php 2>&1
echo '<?php $errors = ["x"]; echo "Errors: $errors\n";' > errors.php
php -d display_errors=1 -d log_errors=0 -d html_errors=0 errors.php 2>&1
