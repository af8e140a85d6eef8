# Sourced by the ssh capture scripts (see common.sh for how to source helpers). The servers
# are throwaway sshds (Debian openssh-server) on 127.0.0.1 with their own host keys and config.
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# ssh_sandbox: a work directory, and $SSH, a client that reads neither the caller's
# ~/.ssh/config nor their known hosts, and never prompts (as in CI).
ssh_sandbox() {
    enter_work_dir
    SSH="ssh -o BatchMode=yes -o UserKnownHostsFile=$work/known_hosts -o GlobalKnownHostsFile=/dev/null -F /dev/null"
    # sshd refuses to start without its privilege-separation directory.
    mkdir -p /run/sshd 2>/dev/null
}

# sshd_on PORT [SSHD_OPTIONS...]: a key-only sshd on 127.0.0.1:PORT with host key
# host_ed25519 (made on first use) and authorized_keys in the work directory.
sshd_on() {
    local port=$1; shift
    [ -f host_ed25519 ] || ssh-keygen -q -t ed25519 -N "" -f host_ed25519
    start_server /usr/sbin/sshd -f /dev/null -h "$work/host_ed25519" -o ListenAddress=127.0.0.1 -o Port="$port" \
        -o PidFile="$work/sshd.$port.pid" -o AuthorizedKeysFile="$work/authorized_keys" \
        -o PasswordAuthentication=no -o KbdInteractiveAuthentication=no -o UsePAM=no "$@" -D -e 2>/dev/null
    sleep 1
}
