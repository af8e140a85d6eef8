#!/usr/bin/env bash
# A variable value rejected by the variable's validation block.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
cat > main.tf <<'TF'
variable "env" {
  type = string
  validation {
    condition     = contains(["dev", "staging", "prod"], var.env)
    error_message = "env must be dev, staging or prod."
  }
}
variable "instance_count" {
  type    = number
  default = 1
}
TF
terraform init -input=false >/dev/null
echo '$ terraform plan -var env=production'; terraform plan -no-color -input=false -var env=production
echo '$ terraform plan -var env=prod -var instance_count=two'; terraform plan -input=false -var env=prod -var instance_count=two
echo '$ TF_VAR_instance_count=three terraform plan -var env=dev'; TF_VAR_instance_count=three terraform plan -no-color -input=false -var env=dev
