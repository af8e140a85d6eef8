#!/usr/bin/env bash
# Reproduces linux/sudo-terminal-required: sudo needs a password but runs with no terminal (a
# script started by a GUI app, CI, ssh without -t). Runs sudo as the unprivileged user nobody in
# a new session (setsid), so there is no controlling tty to prompt on.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires sudo setpriv setsid
enter_work_dir
if [ "$(id -u)" != 0 ]; then echo "skipped: needs root to switch to the nobody user"; exit "$CAPTURE_SKIPPED"; fi
echo '$ sudo systemctl restart app   # as user nobody, no controlling terminal'
setsid -w setpriv --reuid=65534 --regid=65534 --clear-groups sudo systemctl restart app < /dev/null 2>&1
