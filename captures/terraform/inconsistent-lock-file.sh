#!/usr/bin/env bash
# A configuration that requires a provider the dependency lock file does not select
# (provider added, or .terraform.lock.hcl not committed), run without `terraform init`.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export TF_CLI_CONFIG_FILE=/dev/null HOME="$work"
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
