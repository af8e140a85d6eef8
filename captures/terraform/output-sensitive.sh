#!/usr/bin/env bash
# A root-module output built from a sensitive variable without `sensitive = true` on the output.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
cat > main.tf <<'TF'
variable "db_password" {
  type      = string
  sensitive = true
  default   = "s3cret"
}
output "connection_string" {
  value = "postgres://app:${var.db_password}@db:5432/app"
}
TF
terraform init -input=false >/dev/null
echo '$ terraform plan'; terraform plan -no-color -input=false
echo '$ terraform validate'; terraform validate
