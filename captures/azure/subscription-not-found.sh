#!/usr/bin/env bash
# Azure CLI asked to select a subscription that is not among the logged-in account's
# subscriptions (here: none, as nobody is logged in).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires az
enter_work_dir
exec 2>&1
export AZURE_CONFIG_DIR="$work/azure" AZURE_CORE_COLLECT_TELEMETRY=no AZURE_CORE_NO_COLOR=1
echo '$ az account set --subscription 3f2b6c1e-8d4a-4b7e-9c5d-2a1f0e9b8c7d'; az account set --subscription 3f2b6c1e-8d4a-4b7e-9c5d-2a1f0e9b8c7d
echo '$ az account set --subscription "Contoso Production"'; az account set --subscription "Contoso Production"
