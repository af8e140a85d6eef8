#!/usr/bin/env bash
# AWS CLI and botocore with no credentials anywhere (no env vars, no ~/.aws, no instance role).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires aws
. "$(dirname "$0")/_aws.sh"
echo '$ aws s3 ls'; "$aws_bin" s3 ls
echo '$ aws sts get-caller-identity --region eu-central-1'; "$aws_bin" sts get-caller-identity --region eu-central-1
