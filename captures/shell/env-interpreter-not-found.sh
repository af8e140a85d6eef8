#!/usr/bin/env bash
# Reproduces shell/env-interpreter-not-found: a "#!/usr/bin/env NAME" shebang whose interpreter
# is not on PATH (Debian/Ubuntu ship python3 but no "python").
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
mkdir bin
ln -s "$(command -v env)" bin/env 2>/dev/null
printf '#!/usr/bin/env python\nprint("hi")\n' > manage.py
printf '#!/usr/bin/env node\nconsole.log(1)\n' > cli.js
chmod +x manage.py cli.js
env -i PATH="$work/bin:/usr/bin/nonexistent" /bin/bash -c './manage.py'
env -i PATH="$work/bin" /bin/bash -c './cli.js'
printf '#!/usr/local/bin/python3.12\nprint(1)\n' > tool.py && chmod +x tool.py
bash -c './tool.py'
if command -v zsh >/dev/null; then zsh -f -c './tool.py'; fi
