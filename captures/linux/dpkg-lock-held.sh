#!/usr/bin/env bash
# Reproduces linux/dpkg-lock-held: another process holds the dpkg frontend lock (as
# unattended-upgrades or a second apt does). The lock is held by a short python3 helper; the
# apt-get and dpkg commands give up at the lock, before touching anything.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires python3 apt-get dpkg
if [ "$(id -u)" != 0 ]; then echo "skipped: needs root to take the dpkg lock"; exit "$CAPTURE_SKIPPED"; fi
enter_work_dir
python3 - <<'PY'
import fcntl, os, subprocess
fd = os.open('/var/lib/dpkg/lock-frontend', os.O_RDWR | os.O_CREAT, 0o640)
fcntl.lockf(fd, fcntl.LOCK_EX)
print('$ apt-get install -y --no-download jq', flush=True)
subprocess.run(['apt-get', 'install', '-y', '--no-download', 'jq'])
print('$ dpkg --configure -a', flush=True)
subprocess.run(['dpkg', '--configure', '-a'])
PY
