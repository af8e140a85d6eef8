#!/usr/bin/env bash
# gcloud with a fresh configuration directory: no account logged in, then an account set in
# the configuration whose credentials were never activated (a CI job that skipped the auth step).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcloud
enter_work_dir
exec 2>&1
export CLOUDSDK_CONFIG="$work/gcloud" CLOUDSDK_CORE_DISABLE_PROMPTS=1
echo '$ gcloud projects list'; gcloud projects list
echo '$ gcloud config set account deployer@acme-prod.iam.gserviceaccount.com'
gcloud config set account deployer@acme-prod.iam.gserviceaccount.com
echo '$ gcloud container clusters get-credentials prod --zone europe-west1-b'
gcloud container clusters get-credentials prod --zone europe-west1-b
