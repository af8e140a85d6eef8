#!/usr/bin/env bash
# A module block added (or a fresh checkout) without running terraform init afterwards.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
mkdir -p modules/network
echo 'variable "cidr" { default = "10.0.0.0/16" }' > modules/network/main.tf
cat > main.tf <<'TF'
resource "terraform_data" "release" {}
TF
terraform init -input=false >/dev/null
cat >> main.tf <<'TF'
module "network" {
  source = "./modules/network"
}
TF
echo '$ terraform plan'; terraform plan -no-color -input=false
echo '$ terraform validate'; terraform validate
