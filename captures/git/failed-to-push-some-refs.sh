#!/usr/bin/env bash
# Reproduces git/failed-to-push-some-refs: the closing line of a rejected push, after a
# non-fast-forward rejection and after a pre-receive hook declined the push.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git
git_sandbox
diverged_clones
( cd bob && git push origin main 2>&1 )
printf '#!/bin/sh\necho "policy: direct pushes to main are not allowed" >&2\nexit 1\n' > remote.git/hooks/pre-receive
chmod +x remote.git/hooks/pre-receive
( cd alice && echo d > d && git add d && git commit -qm d && git push origin main 2>&1 )
