#!/usr/bin/env bash
# Azure CLI with a fresh configuration directory: no account logged in.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires az
enter_work_dir
exec 2>&1
export AZURE_CONFIG_DIR="$work/azure" AZURE_CORE_COLLECT_TELEMETRY=no AZURE_CORE_NO_COLOR=1
echo '$ az account show'; az account show
echo '$ az aks get-credentials --resource-group shop-rg --name prod'; az aks get-credentials --resource-group shop-rg --name prod
echo '$ az logout'; az logout
