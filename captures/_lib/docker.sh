# Sourced by the docker capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# docker_sandbox: a work directory that is also $HOME and holds the CLI config, so the
# caller's contexts, credentials and CLI plugins cannot change what the docker CLI prints.
docker_sandbox() {
    enter_work_dir
    export HOME="$work" DOCKER_CONFIG="$work/.docker"
}
