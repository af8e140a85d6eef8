#!/usr/bin/env bash
# Two resource blocks with the same type and name (often in two different .tf files).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
cat > main.tf <<'TF'
resource "terraform_data" "bootstrap" {
  input = "v1"
}
TF
cat > extra.tf <<'TF'
resource "terraform_data" "bootstrap" {
  input = "v2"
}
variable "region" {}
variable "region" {}
TF
echo '$ terraform init'; terraform init -no-color -input=false
echo '$ terraform validate'; terraform validate
