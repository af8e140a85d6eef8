#!/usr/bin/env bash
# Reproduces shell/unbound-variable: set -u (nounset) and an unset variable or positional.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires zsh
enter_work_dir
printf '#!/usr/bin/env bash\nset -euo pipefail\necho "deploying to $DEPLOY_ENV"\n' > deploy.sh
bash deploy.sh
printf 'set -u\nname=$1\n' > greet.sh
bash greet.sh
sh -c 'set -u; echo "$API_TOKEN"'
zsh -f -c 'set -u; echo $CI_COMMIT_SHA'
