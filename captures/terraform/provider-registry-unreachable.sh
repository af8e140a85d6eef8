#!/usr/bin/env bash
# `terraform init` that must download a provider while registry.terraform.io is unreachable
# (run on a machine without internet access, as this capture was).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
cat > main.tf <<'TF'
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}
TF
echo '$ terraform init'; terraform init -no-color -input=false
