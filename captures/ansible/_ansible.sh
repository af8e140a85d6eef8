# Sourced by the ansible capture scripts: a work directory that is also $HOME, no ansible.cfg,
# no colour, and only ansible-core's own modules (collections a distribution ships beside it
# are hidden, so a playbook that needs one fails as on a bare `pip install ansible-core`).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../_lib/common.sh"
ansible_sandbox() {
    enter_work_dir
    exec 2>&1
    export HOME="$work" ANSIBLE_CONFIG="$work/none.cfg" ANSIBLE_NOCOLOR=1 ANSIBLE_FORCE_COLOR=0 \
        ANSIBLE_COLLECTIONS_SCAN_SYS_PATH=False ANSIBLE_COLLECTIONS_PATH="$work/collections" \
        ANSIBLE_LOCALHOST_WARNING=False ANSIBLE_INVENTORY_UNPARSED_WARNING=False \
        ANSIBLE_HOST_KEY_CHECKING=False
}
