#!/usr/bin/env bash
# A server-side pre-receive hook (branch protection) rejects the push.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
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
