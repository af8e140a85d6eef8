#!/usr/bin/env bash
# Reproduces terraform/reference-to-undeclared: references to a variable and a resource that
# are not declared.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
cat > main.tf <<'TF'
resource "terraform_data" "release" {
  input = var.release_tag
}
output "id" {
  value = terraform_data.relase.id
}
TF
terraform init -input=false >/dev/null 2>&1
echo '$ terraform validate'; terraform validate -no-color 2>&1
