#!/usr/bin/env bash
# Reproduces terraform/unsupported-argument: an argument the block does not accept (a typo).
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
echo '$ terraform validate'; terraform validate -no-color 2>&1
