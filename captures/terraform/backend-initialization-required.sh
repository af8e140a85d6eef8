#!/usr/bin/env bash
# A configuration whose backend block was added or changed since the last `terraform init`.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
cat > main.tf <<'TF'
resource "terraform_data" "x" {}
TF
terraform init -input=false >/dev/null
cat > backend.tf <<'TF'
terraform {
  backend "local" {
    path = "state/prod.tfstate"
  }
}
TF
echo '$ terraform plan   # backend block added after init'; terraform plan -no-color -input=false
