#!/usr/bin/env bash
# kubectl asked for a context the kubeconfig does not define.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires kubectl
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work"
cat > "$work/kubeconfig" <<CFG
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "https://127.0.0.1:6443"}
  name: kind-dev
contexts:
- context: {cluster: kind-dev, user: dev}
  name: kind-dev
current-context: kind-dev
users:
- name: dev
  user: {token: not-used}
CFG
export KUBECONFIG="$work/kubeconfig"
echo '$ kubectl --context prod get pods'; kubectl --context prod get pods
echo '$ kubectl config use-context staging'; kubectl config use-context staging
# A kubeconfig whose current-context names a context that was deleted.
sed -i 's/^current-context: kind-dev/current-context: gke_acme_europe-west1_prod/' "$KUBECONFIG"
echo '$ kubectl get pods   # current-context was deleted'; kubectl get pods
