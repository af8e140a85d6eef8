#!/usr/bin/env bash
# Reproduces linux/apt-legacy-trusted-gpg: a repository signed with a throwaway key that is
# trusted only through a legacy trusted.gpg keyring (as apt-key add left it). apt runs on a private
# sources list, keyring, lists and cache, and the key lives in a temporary GNUPGHOME.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get apt-key gpg
enter_work_dir
mkdir -p repo lists/partial cache/archives/partial
export GNUPGHOME="$work/gnupg"; mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key 'errkb capture <capture@example.invalid>' rsa2048 sign never 2>/dev/null
: > repo/Packages
cat > repo/Release <<REL
Origin: errkb-capture
Label: errkb-capture
Suite: stable
Codename: stable
Date: $(date -Ru)
MD5Sum:
 d41d8cd98f00b204e9800998ecf8427e 0 Packages
SHA256:
 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 0 Packages
REL
gpg --batch --yes --clearsign -o repo/InRelease repo/Release 2>/dev/null
gpg --batch --export > trusted.gpg    # a binary keyring, the format apt-key add wrote
gpg --batch --armor --export > repo.asc
unset GNUPGHOME
echo '$ sudo apt-key add - < repo.asc'
apt-key --keyring "$work/added.gpg" add - < repo.asc 2>&1
mkdir trusted.gpg.d
echo "deb file:$work/repo ./" > sources.list
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Acquire::Retries=0 -o APT::Sandbox::User=root
          -o "Dir::Etc::Trusted=$work/trusted.gpg" -o "Dir::Etc::TrustedParts=$work/trusted.gpg.d")
echo '$ apt-get update'
apt-get update "${apt_opts[@]}" 2>&1
