#!/usr/bin/env bash
# Hosts ansible cannot reach over SSH: a closed port on 127.0.0.1 and a name that does not resolve.
set -u
. "$(dirname "$(readlink -f "$0")")/_ansible.sh"
requires ansible ansible-playbook ssh
ansible_sandbox
cat > inventory.ini <<'INI'
[web]
web1 ansible_host=127.0.0.1 ansible_port=1
web2.internal.invalid
INI
cat > site.yml <<'YML'
- hosts: web
  gather_facts: false
  tasks:
    - name: Ping
      ansible.builtin.ping:
YML
echo '$ ansible-playbook -i inventory.ini site.yml'; timeout 60 ansible-playbook -i inventory.ini site.yml
echo '$ ansible -i inventory.ini web1 -m ping'; timeout 60 ansible -i inventory.ini web1 -m ping
