#!/usr/bin/env bash
# An expression calling a function Terraform does not have (a name from another language, or
# a function added in a newer Terraform release).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
cat > main.tf <<'TF'
variable "env" {
  type    = string
  default = "prod"
}
locals {
  name   = upper_case(var.env)
  suffix = strcontains_any(var.env, ["p"])
}
TF
terraform init -input=false >/dev/null
echo '$ terraform validate'; terraform validate -no-color
echo '$ terraform plan'; terraform plan -input=false
echo "\$ echo 'len([\"a\", \"b\"])' | terraform console"; echo 'len(["a", "b"])' | terraform console
