#!/usr/bin/env bash
# Reproduces linux/glibc-version-not-found: a binary that requires symbol versions this glibc
# does not define. The requirement strings of a freshly built binary are rewritten (same
# length) to versions no glibc has, which is what the dynamic loader sees when a program built
# on a newer distribution runs on an older one.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcc
enter_work_dir
echo 'int main(void) { return 0; }' > tool.c
gcc -o tool.orig tool.c
sed 's/GLIBC_2\.34/GLIBC_2.99/g; s/GLIBC_2\.2\.5/GLIBC_9.9.9/g' tool.orig > tool
chmod +x tool
echo '$ ./tool'; ./tool 2>&1
echo '$ ldd ./tool'; ldd ./tool 2>&1 | head -3
