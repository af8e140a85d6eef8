#!/usr/bin/env bash
# Cloning a repository whose Git LFS pointer names an object the LFS server does not have
# (pushed without `git lfs push`, or pruned). Uses a file:// remote; needs git-lfs.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1
git config --global user.name Dev
git config --global user.email dev@example.com
git config --global init.defaultBranch main
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
