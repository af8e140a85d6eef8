#!/usr/bin/env bash
# Configuration errors terraform reports while loading: an argument the block does not accept,
# and a reference to a resource/variable that is not declared.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
cat > main.tf <<'TF'
resource "terraform_data" "release" {
  input   = "v1"
  trigers = ["x"]
}
TF
terraform init -input=false >/dev/null 2>&1
echo '$ terraform validate'; terraform validate -no-color
cat > main.tf <<'TF'
resource "terraform_data" "release" {
  input = var.release_tag
}
output "id" {
  value = terraform_data.relase.id
}
TF
echo '$ terraform validate'; terraform validate -no-color
