#!/usr/bin/env bash
# AWS CLI with credentials but no route to the service endpoint (offline / blocked egress),
# and with a region that has no such endpoint.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires aws
. "$(dirname "$0")/_aws.sh"
export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
echo '$ aws sts get-caller-identity --region eu-west-1'
"$aws_bin" sts get-caller-identity --region eu-west-1 --cli-connect-timeout 5 --cli-read-timeout 5
echo '$ aws s3 ls --region eu-westt-1'
"$aws_bin" s3 ls --region eu-westt-1 --cli-connect-timeout 5 --cli-read-timeout 5
