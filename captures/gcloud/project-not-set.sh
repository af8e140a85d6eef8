#!/usr/bin/env bash
# gcloud commands that need a project, with no core/project property and no --project flag.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires gcloud
enter_work_dir
exec 2>&1
export CLOUDSDK_CONFIG="$work/gcloud" CLOUDSDK_CORE_DISABLE_PROMPTS=1
gcloud config set account deployer@acme-prod.iam.gserviceaccount.com 2>/dev/null
echo '$ gcloud services enable run.googleapis.com'; gcloud services enable run.googleapis.com
echo '$ gcloud run deploy api --image europe-docker.pkg.dev/acme/api/api:1.4 --region europe-west1'
gcloud run deploy api --image europe-docker.pkg.dev/acme/api/api:1.4 --region europe-west1
echo '$ gcloud secrets versions access latest --secret db'; gcloud secrets versions access latest --secret db
