# Sourced by the git capture scripts (see common.sh for how to source helpers).
. "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/common.sh"

# git_sandbox: a work directory with an isolated git config and identity, so the output does
# not depend on the caller's ~/.gitconfig or /etc/gitconfig.
git_sandbox() {
    enter_work_dir
    export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
    git config --global user.name Dev
    git config --global user.email dev@example.com
    git config --global init.defaultBranch main
}

# serve_http_status STATUS [BODY]: a stub git-over-HTTP forge answering every request with
# STATUS (401 comes with a Basic challenge); sets $port. Prompts are off, as in CI, so git
# fails instead of waiting for a password.
serve_http_status() {
    export GIT_TERMINAL_PROMPT=0
    port=$(random_port)
    start_server python3 "$capture_lib/http_status_server.py" "$port" "$@"
    sleep 1
}

# clone_of_remote: a bare remote.git whose main branch has one commit, cloned into repo/;
# leaves the caller in repo/ with origin/main set up.
clone_of_remote() {
    git init -q --bare remote.git
    git clone -q remote.git repo 2>/dev/null && cd repo
    echo a > a && git add a && git commit -qm init && git push -q origin main
}

# diverged_clones: in the sandbox, a bare remote.git and two clones, alice and bob, where alice
# has pushed a commit bob lacks and bob has committed one of his own: what a rejected push
# (fetch first) or a pull of divergent branches needs. Leaves the shell in the sandbox.
diverged_clones() {
    git init -q --bare remote.git
    git clone -q remote.git alice 2>/dev/null
    ( cd alice && echo a > a && git add a && git commit -qm a && git push -q origin main )
    git clone -q remote.git bob
    ( cd alice && echo b > b && git add b && git commit -qm b && git push -q origin main )
    ( cd bob && echo c > c && git add c && git commit -qm c )
}
