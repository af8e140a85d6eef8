#!/usr/bin/env bash
# A module call that leaves out a variable the module declares without a default.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
mkdir -p modules/vpc
cat > modules/vpc/main.tf <<'TF'
variable "cidr_block" {
  type = string
}
variable "name" {
  type = string
}
TF
cat > main.tf <<'TF'
module "vpc" {
  source = "./modules/vpc"
  name   = "prod"
}
TF
terraform init -input=false >/dev/null
echo '$ terraform validate'; terraform validate -no-color
echo '$ terraform plan'; terraform plan -input=false
