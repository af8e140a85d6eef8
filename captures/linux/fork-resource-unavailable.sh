#!/usr/bin/env bash
# A user at its process limit (RLIMIT_NPROC, `ulimit -u`) trying to start more processes.
# Root is exempt from the limit, so the commands run as "nobody" (needs root to switch user).
set -u
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
cat > "$work/spawn.sh" <<'SH'
ulimit -u 1
echo '$ ls /'
ls / >/dev/null
SH
su -s /bin/bash nobody -c "bash $work/spawn.sh" 2>&1
