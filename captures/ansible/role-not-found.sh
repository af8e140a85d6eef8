#!/usr/bin/env bash
# A play that uses a Galaxy role that was never installed (no requirements.yml install step).
set -u
. "$(dirname "$(readlink -f "$0")")/_ansible.sh"
requires ansible-playbook
ansible_sandbox
cat > site.yml <<'YML'
- hosts: localhost
  gather_facts: false
  roles:
    - geerlingguy.docker
YML
echo '$ ansible-playbook site.yml'; ansible-playbook site.yml
cat > tasks.yml <<'YML'
- hosts: localhost
  gather_facts: false
  tasks:
    - name: Set up nginx
      ansible.builtin.include_role:
        name: nginx
YML
echo '$ ansible-playbook tasks.yml'; ansible-playbook tasks.yml
