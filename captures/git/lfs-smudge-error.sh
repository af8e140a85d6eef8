#!/usr/bin/env bash
# Cloning a repository whose Git LFS pointer names an object the LFS server does not have
# (pushed without `git lfs push`, or pruned). Uses a file:// remote; needs git-lfs.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git git-lfs
git_sandbox
git lfs install >/dev/null
git init -q --bare remote.git
git init -q repo && cd repo
git lfs track '*.bin' >/dev/null
head -c 4096 /dev/urandom > model.bin
git add .gitattributes model.bin && git commit -qm 'add model'
git remote add origin "file://$work/remote.git"
git push -q origin main 2>/dev/null
rm -rf "$work/remote.git/lfs/objects"   # the object never reached (or was pruned from) the server
cd "$work"
git clone -q "file://$work/remote.git" clone
