#!/usr/bin/env bash
# Reproduces linux/apt-unable-to-fetch-archives: the package lists name a .deb the mirror no
# longer has (lists from an old `apt-get update`, as in a cached Docker layer), so the download
# gets 404. A local HTTP server on 127.0.0.1 serves the repository; apt uses a private sources
# list, lists, cache and dpkg status file, so nothing is installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires apt-get dpkg-deb python3
enter_work_dir
mkdir -p repo lists/partial cache/archives/partial pkg/DEBIAN
printf 'Package: acme-tool\nVersion: 1.0-1\nArchitecture: all\nMaintainer: errkb <capture@example.com>\nDescription: capture package\n' > pkg/DEBIAN/control
dpkg-deb --root-owner-group -b pkg repo/acme-tool_1.0-1_all.deb >/dev/null
write_index() {  # the repository's Packages and Release for the .deb currently in repo/
    {
        printf 'Package: acme-tool\nVersion: %s\nArchitecture: all\nFilename: ./%s\n' "$1" "$(basename "$2")"
        printf 'Size: %s\nSHA256: %s\nDescription: capture package\n\n' "$(stat -c %s "$2")" "$(sha256sum < "$2" | cut -d' ' -f1)"
    } > repo/Packages
    printf 'Origin: errkb\nLabel: errkb\nSuite: stable\nCodename: stable\nDate: %s\nSHA256:\n %s %s Packages\n' \
        "$(date -Ru)" "$(sha256sum < repo/Packages | cut -d' ' -f1)" "$(stat -c %s repo/Packages)" > repo/Release
}
write_index 1.0-1 repo/acme-tool_1.0-1_all.deb
python3 - "$work/repo" > port 2>/dev/null <<'PY' &
import functools, http.server, sys
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
handler.log_message = lambda *args: None
server = http.server.HTTPServer(("127.0.0.1", 0), handler)
print(server.server_address[1], flush=True)
server.serve_forever()
PY
server=$!
on_exit 'kill "$server" 2>/dev/null'
for _ in $(seq 50); do [ -s port ] && break; sleep 0.1; done
echo "deb [trusted=yes] http://127.0.0.1:$(cat port)/ ./" > sources.list
touch status
apt_opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/nonexistent
          -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o "Dir::State::status=$work/status"
          -o APT::Sandbox::User=root -o Debug::NoLocking=1 -o Acquire::Retries=0)
apt-get update "${apt_opts[@]}" >/dev/null 2>&1
# The mirror moves on to 1.0-2 and deletes 1.0-1; the local lists still point at 1.0-1.
mv repo/acme-tool_1.0-1_all.deb repo/acme-tool_1.0-2_all.deb
write_index 1.0-2 repo/acme-tool_1.0-2_all.deb
echo '$ sudo apt-get install acme-tool'
apt-get install -y "${apt_opts[@]}" acme-tool 2>&1
