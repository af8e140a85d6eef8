#!/usr/bin/env bash
# Reproduces linux/apt-release-file-expired: a signed local repository with a Release file whose
# Valid-Until passed three days ago (a stale mirror, an archived release, or a clock ahead). apt
# runs on a private sources list, keyring, lists and cache; the key is a throwaway one in a
# temporary GNUPGHOME. apt skips date checks for file: sources unless asked, so they are enabled.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get gpg
enter_work_dir
mkdir -p repo lists/partial cache/archives/partial trusted.gpg.d
export GNUPGHOME="$work/gnupg"; mkdir -m 700 "$GNUPGHOME"
gpg --batch --quiet --passphrase '' --quick-gen-key 'errkb capture <capture@example.invalid>' rsa2048 sign never 2>/dev/null
gpg --batch --export > trusted.gpg.d/errkb-capture.gpg
: > repo/Packages
cat > repo/Release <<REL
Origin: errkb-capture
Label: errkb-capture
Suite: stable
Codename: stable
Date: $(date -Ru -d '-10 days')
Valid-Until: $(date -Ru -d '-3 days')
MD5Sum:
 d41d8cd98f00b204e9800998ecf8427e 0 Packages
SHA256:
 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 0 Packages
REL
gpg --batch --yes --clearsign -o repo/InRelease repo/Release 2>/dev/null
unset GNUPGHOME
echo "deb file:$work/repo ./" > sources.list
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root
          -o "Dir::Etc::Trusted=$work/none.gpg" -o "Dir::Etc::TrustedParts=$work/trusted.gpg.d"
          -o Acquire::Check-Date=true -o Acquire::Check-Valid-Until=true)
echo '$ sudo apt-get update'
apt-get update "${apt_opts[@]}" 2>&1
