#!/usr/bin/env bash
# Reproduces ssh/permission-denied-publickey: the server accepts only keys and none of ours is authorized.
# Runs a throwaway sshd (Debian openssh-server) on 127.0.0.1 with its own host keys and config.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ssh.sh"
requires ssh sshd ssh-keygen ssh-keyscan
ssh_sandbox
sshd_on 18724
ssh-keyscan -p 18724 127.0.0.1 2>/dev/null > known_hosts
ssh-keygen -q -t ed25519 -N "" -f id_ed25519
: > authorized_keys
$SSH -i id_ed25519 -o IdentitiesOnly=yes -p 18724 deploy@127.0.0.1 true
$SSH -v -i id_ed25519 -o IdentitiesOnly=yes -p 18724 deploy@127.0.0.1 true 2>&1 | grep -E "Authentications|Next auth|Offering|No more|Permission"
GIT_SSH_COMMAND="$SSH -i $work/id_ed25519 -o IdentitiesOnly=yes -p 18724" git clone ssh://git@127.0.0.1:18724/org/repo.git 2>&1
exit 0
