#!/usr/bin/env bash
# Reproduces linux/cannot-execute-binary-file: running a binary built for another CPU
# architecture (a copy of /usr/bin/true whose ELF e_machine field is changed to AArch64 on an
# x86_64 host) and a Windows .exe, from bash, dash and Python.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires python3
enter_work_dir
python3 - <<'PY'
data = bytearray(open('/usr/bin/true', 'rb').read())
data[18:20] = (0xB7 if data[18] != 0xB7 else 0x3E, 0x00)   # EM_AARCH64 (or EM_X86_64 on arm64 hosts)
open('tool', 'wb').write(data)
open('setup.exe', 'wb').write(b'MZ\x90\x00' + b'\x00' * 200)
PY
chmod +x tool setup.exe
bash -c ./tool 2>&1
sh -c ./tool 2>&1
bash -c ./setup.exe 2>&1
python3 -c "import subprocess; subprocess.run(['./tool'])" 2>&1 | tail -1
