#!/usr/bin/env bash
# Two terraform runs on one state: the first `terraform apply` waits at its approval prompt
# holding the state lock, the second run cannot acquire it. Local backend, built-in
# terraform_data resource, so no provider download is needed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/terraform.sh"
requires terraform
terraform_sandbox
export TF_IN_AUTOMATION=1
cat > main.tf <<'TF'
resource "terraform_data" "release" {
  input = "v1"
}
TF
terraform init -input=false >/dev/null
mkfifo approve
sleep 30 > approve &
holder_stdin=$!
terraform apply < approve > first-apply.log 2>&1 &
first=$!
on_exit 'kill "$first" "$holder_stdin" 2>/dev/null; wait 2>/dev/null'
for _ in $(seq 50); do [ -f .terraform.tfstate.lock.info ] && break; sleep 0.2; done
echo '$ terraform plan'
terraform plan -no-color -input=false
echo '$ terraform apply -lock-timeout=2s'
terraform apply -no-color -input=false -lock-timeout=2s
