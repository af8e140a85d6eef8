#!/usr/bin/env bash
# Two terraform runs on one state: the first `terraform apply` waits at its approval prompt
# holding the state lock, the second run cannot acquire it. Local backend, built-in
# terraform_data resource, so no provider download is needed.
set -u
work=$(mktemp -d)
cd "$work"
export TF_IN_AUTOMATION=1 TF_CLI_CONFIG_FILE=/dev/null HOME="$work"
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
trap 'kill "$first" "$holder_stdin" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -f .terraform.tfstate.lock.info ] && break; sleep 0.2; done
echo '$ terraform plan'
terraform plan -no-color -input=false
echo '$ terraform apply -lock-timeout=2s'
terraform apply -no-color -input=false -lock-timeout=2s
