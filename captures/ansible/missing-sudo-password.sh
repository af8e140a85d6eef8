#!/usr/bin/env bash
# become: true for a user whose sudo asks for a password, with no become password given: the
# playbook runs as `nobody` (not in sudoers) against localhost over the local connection.
set -u
. "$(dirname "$(readlink -f "$0")")/_ansible.sh"
requires ansible ansible-playbook sudo setpriv
ansible_sandbox
chmod 755 "$work" && mkdir -m 777 run && cd run || exit 1
cat > site.yml <<'YML'
- hosts: localhost
  connection: local
  gather_facts: false
  tasks:
    - name: Restart nginx
      ansible.builtin.command: systemctl restart nginx
      become: true
YML
chmod 644 site.yml
as_nobody() {
    setpriv --reuid=65534 --regid=65534 --clear-groups env HOME="$PWD" ANSIBLE_REMOTE_TMP="$PWD/.ansible/rtmp" "$@"
}
echo '$ ansible-playbook site.yml'; as_nobody timeout 60 ansible-playbook site.yml
echo '$ ansible localhost -c local -b -m ping'; as_nobody timeout 60 ansible localhost -c local -b -m ping
