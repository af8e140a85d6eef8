#!/usr/bin/env bash
# Reproduces ssh/remote-host-identification-changed: known_hosts holds another key for this host (server rebuilt, IP reused).
# Runs a throwaway sshd (Debian openssh-server) on 127.0.0.1 with its own host keys and config.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/ssh.sh"
requires ssh sshd ssh-keygen
ssh_sandbox
sshd_on 18723
ssh-keygen -q -t ed25519 -N "" -f old_key
printf "[127.0.0.1]:18723 %s\n" "$(cut -d" " -f1,2 old_key.pub)" > known_hosts
$SSH -p 18723 deploy@127.0.0.1 true
exit 0
