#!/usr/bin/env bash
# Reproduces ssh/host-key-verification-failed: an unknown host key and no terminal to confirm it (CI, cron, git over ssh).
# Runs a throwaway sshd (Debian openssh-server) on 127.0.0.1 with its own host keys and config.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ssh.sh"
requires ssh sshd ssh-keygen
ssh_sandbox
sshd_on 18722
: > known_hosts
$SSH -o StrictHostKeyChecking=yes -p 18722 deploy@127.0.0.1 true
GIT_SSH_COMMAND="$SSH -o StrictHostKeyChecking=yes -p 18722" git ls-remote ssh://git@127.0.0.1:18722/org/repo.git 2>&1
exit 0
