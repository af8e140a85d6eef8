#!/usr/bin/env bash
# A configuration whose required_version excludes the terraform that runs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
cat > main.tf <<'TF'
terraform {
  required_version = "~> 1.14.0"
}
resource "terraform_data" "release" {}
TF
echo '$ terraform init'; terraform init -no-color -input=false
echo '$ terraform plan'; terraform plan -input=false
