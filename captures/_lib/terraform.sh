# Sourced by the terraform capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# terraform_sandbox: a work directory that is also $HOME, with no CLI configuration file, so
# the caller's ~/.terraformrc (mirrors, plugin cache, credentials) cannot change the output.
terraform_sandbox() {
    enter_work_dir
    export TF_CLI_CONFIG_FILE=/dev/null HOME="$work"
}
