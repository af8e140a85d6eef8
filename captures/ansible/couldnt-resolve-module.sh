#!/usr/bin/env bash
# A task naming a module from a collection that is not installed, a misspelt module, and the
# ad-hoc form of the same miss.
set -u
. "$(dirname "$(readlink -f "$0")")/_ansible.sh"
requires ansible ansible-playbook
ansible_sandbox
cat > deploy.yml <<'YML'
- hosts: localhost
  gather_facts: false
  tasks:
    - name: Run the app container
      community.docker.docker_container:
        name: api
        image: nginx:1.27
YML
cat > web.yml <<'YML'
- hosts: localhost
  gather_facts: false
  tasks:
    - name: Copy config
      tempalte:
        src: nginx.conf.j2
        dest: /etc/nginx/nginx.conf
YML
echo '$ ansible-playbook deploy.yml'; ansible-playbook deploy.yml
echo '$ ansible-playbook web.yml'; ansible-playbook web.yml
echo '$ ansible localhost -m community.general.ufw -a "rule=allow port=22"'; ansible localhost -m community.general.ufw -a "rule=allow port=22"
