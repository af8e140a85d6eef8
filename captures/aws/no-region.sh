#!/usr/bin/env bash
# AWS CLI and boto3 with credentials but no region (no --region, AWS_REGION/AWS_DEFAULT_REGION,
# or region in ~/.aws/config), for a regional service.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires aws python3
. "$(dirname "$0")/_aws.sh"
exec 2>&1
unset AWS_REGION AWS_DEFAULT_REGION
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
echo '$ aws ec2 describe-instances'; "$aws_bin" ec2 describe-instances
echo '$ aws ecr get-login-password'; "$aws_bin" ecr get-login-password
py=$(dirname "$aws_bin")/python3; [ -x "$py" ] || py=python3
if "$py" -c 'import boto3' 2>/dev/null; then
  echo '$ python3 -c "import boto3; boto3.client(\"sqs\")"'
  "$py" -c 'import boto3; boto3.client("sqs")' 2>&1 | tail -4
fi
