#!/usr/bin/env bash
# Reproduces ssh/permission-denied-publickey: the server accepts only keys and none of ours is authorized.
# Runs a throwaway sshd (Debian openssh-server) on 127.0.0.1 with its own host keys and config.
set -u
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
sshd_on() { # port [extra sshd -o options...]
  local port=$1; shift
  [ -f host_ed25519 ] || ssh-keygen -q -t ed25519 -N "" -f host_ed25519
  /usr/sbin/sshd -f /dev/null -h "$work/host_ed25519" -o ListenAddress=127.0.0.1 -o Port="$port" \
    -o PidFile="$work/sshd.$port.pid" -o AuthorizedKeysFile="$work/authorized_keys" \
    -o PasswordAuthentication=no -o KbdInteractiveAuthentication=no -o UsePAM=no "$@" -D -e 2>/dev/null &
  pids="$pids $!"
  sleep 1
}
SSH="ssh -o BatchMode=yes -o UserKnownHostsFile=$work/known_hosts -o GlobalKnownHostsFile=/dev/null -F /dev/null"
mkdir -p /run/sshd 2>/dev/null


sshd_on 18724
ssh-keyscan -p 18724 127.0.0.1 2>/dev/null > known_hosts
ssh-keygen -q -t ed25519 -N "" -f id_ed25519
: > authorized_keys
$SSH -i id_ed25519 -o IdentitiesOnly=yes -p 18724 deploy@127.0.0.1 true
$SSH -v -i id_ed25519 -o IdentitiesOnly=yes -p 18724 deploy@127.0.0.1 true 2>&1 | grep -E "Authentications|Next auth|Offering|No more|Permission"
GIT_SSH_COMMAND="$SSH -i $work/id_ed25519 -o IdentitiesOnly=yes -p 18724" git clone ssh://git@127.0.0.1:18724/org/repo.git 2>&1
exit 0
