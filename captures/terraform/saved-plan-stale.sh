#!/usr/bin/env bash
# A saved plan applied after the state changed (another apply ran in between).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
cat > main.tf <<'TF'
resource "terraform_data" "release" {
  input = "v2"
}
TF
terraform init -input=false >/dev/null
terraform plan -input=false -out=release.tfplan >/dev/null
terraform apply -input=false -auto-approve >/dev/null
echo '$ terraform apply release.tfplan'; terraform apply -no-color -input=false release.tfplan
echo '$ terraform apply release.tfplan (colour)'; terraform apply -input=false release.tfplan
