#!/usr/bin/env bash
# count and for_each computed from a resource attribute that is only known after apply.
# Built-in terraform_data resources, so no provider download is needed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
exec 2>&1
cat > main.tf <<'TF'
resource "terraform_data" "bucket" {
  input = "logs"
}
resource "terraform_data" "replica" {
  count = length(terraform_data.bucket.output) > 0 ? 2 : 0
}
resource "terraform_data" "policy" {
  for_each = toset([terraform_data.bucket.id])
}
TF
terraform init -input=false >/dev/null
echo '$ terraform plan'; terraform plan -no-color -input=false | sed -n '/^Error/,$p'
echo '$ terraform plan (colour, as in a CI log)'; terraform plan -input=false 2>&1 | sed -n '/Invalid count argument/,/╵/p'
