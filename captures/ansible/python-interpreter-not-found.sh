#!/usr/bin/env bash
# A target whose configured Python interpreter does not exist (a minimal image without
# /usr/bin/python, or a stale ansible_python_interpreter).
set -u
. "$(dirname "$(readlink -f "$0")")/_ansible.sh"
requires ansible ansible-playbook
ansible_sandbox
[ -e /usr/bin/python ] && { echo "skipped: /usr/bin/python exists on this machine"; exit "$CAPTURE_SKIPPED"; }
cat > site.yml <<'YML'
- hosts: localhost
  gather_facts: false
  tasks:
    - name: Check connectivity
      ansible.builtin.ping:
YML
echo '$ ansible-playbook site.yml -e ansible_python_interpreter=/usr/bin/python'
ansible-playbook site.yml -e ansible_python_interpreter=/usr/bin/python
echo '$ ansible localhost -m setup -e ansible_python_interpreter=/usr/bin/python2'
ansible localhost -m setup -e ansible_python_interpreter=/usr/bin/python2
