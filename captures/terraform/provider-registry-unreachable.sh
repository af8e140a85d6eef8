#!/usr/bin/env bash
# `terraform init` that must download a provider while registry.terraform.io is unreachable
# (run on a machine without internet access, as this capture was).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export TF_CLI_CONFIG_FILE=/dev/null HOME="$work"
cat > main.tf <<'TF'
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}
TF
echo '$ terraform init'; terraform init -no-color -input=false
