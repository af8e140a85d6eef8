#!/usr/bin/env bash
# Reproduces shell/bad-interpreter-crlf: a script saved with Windows (CRLF) line endings.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires zsh
enter_work_dir
printf '#!/bin/bash\r\necho ready\r\n' > entrypoint.sh
chmod +x entrypoint.sh
bash -c './entrypoint.sh' 2>&1 | cat -A | sed 's/\$$//'
printf '#!/usr/bin/env bash\r\necho ready\r\n' > run.sh
chmod +x run.sh
bash -c './run.sh' 2>&1 | cat -v
printf '#!/bin/sh\r\nset -e\r\ncd /app\r\n' > start.sh
sh start.sh 2>&1 | cat -v
zsh -f -c './entrypoint.sh' 2>&1 | cat -v
