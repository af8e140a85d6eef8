#!/usr/bin/env bash
# A configuration that requires a provider the dependency lock file does not select
# (provider added, or .terraform.lock.hcl not committed), run without `terraform init`.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
cat > main.tf <<'TF'
terraform {
  required_providers {
    null   = { source = "hashicorp/null", version = "~> 3.2" }
    random = { source = "hashicorp/random" }
  }
}
resource "terraform_data" "x" {}
TF
echo '$ terraform plan'; terraform plan -no-color -input=false
echo '$ terraform validate'; terraform validate -no-color
