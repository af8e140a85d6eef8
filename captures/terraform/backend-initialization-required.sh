#!/usr/bin/env bash
# A configuration whose backend block was added or changed since the last `terraform init`.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export TF_CLI_CONFIG_FILE=/dev/null HOME="$work"
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
