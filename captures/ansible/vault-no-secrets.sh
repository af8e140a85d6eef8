#!/usr/bin/env bash
# A playbook using vault-encrypted variables run without a vault password, and with the wrong one.
set -u
. "$(dirname "$(readlink -f "$0")")/_ansible.sh"
requires ansible-playbook ansible-vault
ansible_sandbox
echo 'correct horse' > vault-pass
ansible-vault encrypt_string --vault-password-file vault-pass 'hunter2' --name db_password > vars.yml 2>/dev/null
echo 'wrong' > old-pass
cat > site.yml <<'YML'
- hosts: localhost
  gather_facts: false
  vars_files: [vars.yml]
  tasks:
    - name: Show the password length
      ansible.builtin.debug:
        msg: "{{ db_password | length }}"
YML
cp vars.yml secrets.yml
echo '$ ansible-playbook site.yml'; ansible-playbook site.yml
echo '$ ansible-playbook site.yml --vault-password-file old-pass'; ansible-playbook site.yml --vault-password-file old-pass
ansible-vault encrypt --vault-password-file vault-pass --output secret.yml - <<<'api_key: abc' 2>/dev/null
echo '$ ansible-vault view secret.yml --vault-password-file old-pass'; ansible-vault view secret.yml --vault-password-file old-pass
