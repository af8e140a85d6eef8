#!/usr/bin/env bash
# Reproduces linux/apt-gpg-no-pubkey: a repository whose InRelease is signed with a key apt does
# not trust (a throwaway key made here). apt runs on a private sources list, lists and cache
# directory, and the key lives in a temporary GNUPGHOME, so nothing on the system changes.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get gpg
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
unset GNUPGHOME
echo "deb file:$work/repo ./" > sources.list
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o Acquire::Retries=0 -o APT::Sandbox::User=root)
echo '$ apt-get update'
apt-get update "${apt_opts[@]}" 2>&1
