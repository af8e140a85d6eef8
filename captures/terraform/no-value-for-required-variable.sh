#!/usr/bin/env bash
# A root module variable without a default, run non-interactively without a value for it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
cat > main.tf <<'TF'
variable "environment" {
  type        = string
  description = "Deployment environment (staging or prod)"
}
variable "replicas" {
  type = number
}
resource "terraform_data" "app" {
  input = "${var.environment}-${var.replicas}"
}
TF
terraform init -input=false >/dev/null
echo '$ terraform plan -input=false'; terraform plan -no-color -input=false
echo '$ terraform plan -input=false -var environment=prod'; terraform plan -no-color -input=false -var environment=prod
