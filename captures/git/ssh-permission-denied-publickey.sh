#!/usr/bin/env bash
# git over SSH to a server that only accepts public keys and does not know the client's key.
# Runs a throwaway sshd on 127.0.0.1 (needs root and openssh-server); it exits after 20 s.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git ssh-keygen sshd ssh
git_sandbox
mkdir -p /run/sshd
ssh-keygen -q -t ed25519 -N '' -f host_key
ssh-keygen -q -t ed25519 -N '' -f client_key   # never added to any authorized_keys
port=$(random_port)
cat > sshd_config <<CFG
ListenAddress 127.0.0.1
Port $port
HostKey $work/host_key
PidFile $work/sshd.pid
PasswordAuthentication no
KbdInteractiveAuthentication no
PubkeyAuthentication yes
AuthorizedKeysFile $work/authorized_keys
UsePAM no
CFG
start_server timeout 20 /usr/sbin/sshd -D -f "$work/sshd_config"
sleep 1
ssh_opts="-o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR -o IdentitiesOnly=yes -o BatchMode=yes -i $work/client_key"
GIT_SSH_COMMAND="ssh -p $port $ssh_opts" git clone git@127.0.0.1:acme/widgets.git
GIT_SSH_COMMAND="ssh $ssh_opts" git ls-remote "ssh://git@127.0.0.1:$port/acme/widgets.git"
