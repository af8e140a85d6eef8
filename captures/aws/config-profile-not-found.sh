#!/usr/bin/env bash
# AWS CLI and botocore asked for a named profile that ~/.aws/config does not define.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires aws
. "$(dirname "$0")/_aws.sh"
echo '$ aws --profile prod s3 ls'; "$aws_bin" --profile prod s3 ls
echo '$ AWS_PROFILE=staging aws sts get-caller-identity'; AWS_PROFILE=staging "$aws_bin" sts get-caller-identity
