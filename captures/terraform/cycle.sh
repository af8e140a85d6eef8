#!/usr/bin/env bash
# Two resources that reference each other: the dependency graph has a cycle.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
cat > main.tf <<'TF'
resource "terraform_data" "app" {
  input = terraform_data.db.output
}
resource "terraform_data" "db" {
  input = terraform_data.app.output
}
TF
terraform init -input=false >/dev/null
echo '$ terraform plan'; terraform plan -no-color -input=false
echo '$ terraform validate'; terraform validate
