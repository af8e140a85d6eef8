#!/usr/bin/env bash
# Reproduces php/post-content-length-exceeds-limit: a multipart upload and a form POST larger
# than post_max_size, through PHP's built-in web server (post_max_size lowered to 1K).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires php curl
enter_work_dir
echo '<?php echo count($_POST), " fields, ", count($_FILES), " files\n";' > upload.php
head -c 5000 /dev/zero | tr '\0' a > photo.jpg
port=$(random_port)
start_server php -d post_max_size=1K -d display_errors=0 -d log_errors=1 -S "127.0.0.1:$port" -t . 2>server.log
sleep 1
curl -s -F "photo=@photo.jpg" "http://127.0.0.1:$port/upload.php"
curl -s --data-binary @photo.jpg -H 'Content-Type: application/x-www-form-urlencoded' "http://127.0.0.1:$port/upload.php"
sleep 0.3
grep -a 'PHP Warning' server.log
