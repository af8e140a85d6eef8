#!/usr/bin/env bash
# A server-side pre-receive hook (branch protection) rejects the push.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# An isolated identity and config so the output does not depend on the caller's ~/.gitconfig.
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
git init -q --bare remote.git
cat > remote.git/hooks/pre-receive <<'HOOK'
#!/bin/sh
echo "GH006: Protected branch update failed for refs/heads/main."
echo "Changes must be made through a pull request."
exit 1
HOOK
chmod +x remote.git/hooks/pre-receive
git init -q repo && cd repo && git remote add origin ../remote.git
echo a > a && git add a && git commit -qm init
git push origin main
